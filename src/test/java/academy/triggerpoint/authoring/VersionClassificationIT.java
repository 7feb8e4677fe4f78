package academy.triggerpoint.authoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.catalog.ChangeClass;
import academy.triggerpoint.catalog.PublishedVersion;
import academy.triggerpoint.catalog.VersionClassification;
import academy.triggerpoint.catalog.VersionHistory;
import academy.triggerpoint.catalog.WhatsNew;
import academy.triggerpoint.catalog.content.VersionDiff.ItemChangeKind;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A reviewer classifying a new version of a course at approval, and the course's "What's new"
 * page built from it. Shares the authoring tests' context, since it publishes courses.
 */
@IntegrationTest
@TestPropertySource(properties = "academy.test.context=authoring")
class VersionClassificationIT {

    private static final AtomicInteger COURSES = new AtomicInteger();
    private static final String BANK = "modules/introduction/items/bank.yaml";
    private static final String LESSON = "modules/introduction/introduction-overview.md";

    @Autowired Drafts drafts;
    @Autowired VersionHistory history;
    @Autowired AuditTrail audit;
    @Autowired AccountRepository accounts;
    @Autowired ApplicationContext context;

    LoginAccount writer;
    LoginAccount reviewer;
    String courseId;

    /** A published course (version 0.1.0) and a draft of 0.2.0 in review that moves its item's key from a to b. */
    long draftMovingTheKey;

    @BeforeEach
    void aPublishedCourseAndADraftOfItsNextVersionInReview() {
        writer = TestAccounts.create(accounts, "Writing Author", Role.AUTHOR);
        reviewer = TestAccounts.create(accounts, "Reviewing Author", Role.AUTHOR);
        courseId = "classified-course-" + COURSES.incrementAndGet();
        SignIn.as(writer);
        long first = drafts.startNewCourse(courseId, "Thoracic depth");
        drafts.submit(first);
        SignIn.as(reviewer);
        drafts.approve(first, null);

        SignIn.as(writer);
        draftMovingTheKey = drafts.startFromCurrent(courseId);
        edit(draftMovingTheKey, "course.yaml", "version: 0.1.0", "version: 0.2.0");
        edit(draftMovingTheKey, BANK, "        text: The correct answer\n        correct: true\n",
                "        text: The correct answer\n");
        edit(draftMovingTheKey, BANK, "        text: A plausible wrong answer\n",
                "        text: A plausible wrong answer\n        correct: true\n");
        drafts.submit(draftMovingTheKey);
        SignIn.as(reviewer);
    }

    @AfterEach
    void signOut() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    private void edit(long draftId, String path, String old, String replacement) {
        var file = drafts.file(draftId, path);
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains(old);
        drafts.save(draftId, path, text.replace(old, replacement), file.revision());
    }

    private static InvalidInputException refusal(Runnable approval) {
        try {
            approval.run();
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("expected the approval to be refused");
    }

    @Test
    void a_new_version_of_an_existing_course_is_refused_without_a_classification_or_without_a_change_note() {
        assertThat(drafts.needsClassification(draftMovingTheKey)).isTrue();

        assertThat(refusal(() -> drafts.approve(draftMovingTheKey, null)).field()).isEqualTo("classification");
        InvalidInputException noNote = refusal(() -> drafts.approve(draftMovingTheKey, null,
                new VersionClassification(ChangeClass.SUBSTANTIVE, " ", null)));
        assertThat(noNote.field()).isEqualTo("changeNote");
        assertThat(history.whatsNew(courseId).versions()).extracting(WhatsNew.VersionNews::label).containsExactly("0.1.0");
    }

    @Test
    void editorial_is_refused_when_a_key_changed_and_the_refusal_names_the_item() {
        InvalidInputException refused = refusal(() -> drafts.approve(draftMovingTheKey, "Fine.",
                new VersionClassification(ChangeClass.EDITORIAL, null, null)));

        assertThat(refused.field()).isEqualTo("classification");
        assertThat(refused).hasMessageContaining("item introduction-first-question: key changed");
    }

    @Test
    void a_safety_critical_version_is_stored_with_its_note_and_default_grace_and_audited() {
        PublishedVersion published = drafts.approve(draftMovingTheKey, "Checked.", new VersionClassification(
                ChangeClass.SAFETY_CRITICAL, "  The correct answer is now b.  ", null));

        WhatsNew page = history.whatsNew(courseId);
        assertThat(page.keysShown()).isTrue();
        assertThat(page.versions()).hasSize(2);
        WhatsNew.VersionNews newest = page.versions().getFirst();
        assertThat(newest.versionId()).isEqualTo(published.versionId());
        assertThat(newest.current()).isTrue();
        assertThat(newest.changeClass()).isEqualTo(ChangeClass.SAFETY_CRITICAL);
        assertThat(newest.changeNote()).isEqualTo("The correct answer is now b.");
        assertThat(newest.graceDays()).isEqualTo(30);
        assertThat(newest.previousLabel()).isEqualTo("0.1.0");
        assertThat(newest.difference().items()).singleElement()
                .satisfies(item -> assertThat(item.summary()).isEqualTo("key changed: correct option a → b"));
        WhatsNew.VersionNews first = page.versions().get(1);
        assertThat(first.changeClass()).isNull();
        assertThat(first.difference()).isNull();

        SignIn.as(TestAccounts.create(accounts, "Auditor", Role.ADMIN));
        assertThat(audit.historyOf("course " + courseId + " version 0.2.0")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("course-version-classified");
            assertThat(entry.actorId()).isEqualTo(reviewer.id());
            assertThat(entry.details()).isEqualTo("SAFETY_CRITICAL (from version 0.1.0), grace 30 days: The correct answer is now b.");
        });
    }

    @Test
    void an_editorial_change_of_wording_only_is_published_without_a_note() {
        drafts.approve(draftMovingTheKey, null, new VersionClassification(ChangeClass.SAFETY_CRITICAL, "Key moved.", 7));
        SignIn.as(writer);
        long wording = drafts.startFromCurrent(courseId);
        edit(wording, "course.yaml", "version: 0.2.0", "version: 0.2.1");
        edit(wording, LESSON, "Write the lesson here", "Write your lesson here");
        drafts.submit(wording);
        SignIn.as(reviewer);

        drafts.approve(wording, null, new VersionClassification(ChangeClass.EDITORIAL, null, 90));

        WhatsNew.VersionNews newest = history.whatsNew(courseId).versions().getFirst();
        assertThat(newest.changeClass()).isEqualTo(ChangeClass.EDITORIAL);
        assertThat(newest.changeNote()).isNull();
        assertThat(newest.graceDays()).isNull();
        assertThat(newest.difference().lessons()).singleElement().satisfies(l -> assertThat(l.aspects()).containsExactly("text"));
        assertThat(history.whatsNew(courseId).versions().get(1).graceDays()).isEqualTo(7);
    }

    @Test
    void a_learner_reads_what_changed_without_keys_and_a_manager_with_them() {
        drafts.approve(draftMovingTheKey, null, new VersionClassification(ChangeClass.SUBSTANTIVE, "The key moved.", null));

        SignIn.as(TestAccounts.create(accounts, "Curious Learner"));
        WhatsNew learners = history.whatsNew(courseId);
        assertThat(learners.keysShown()).isFalse();
        var difference = learners.versions().getFirst().difference();
        assertThat(difference.files()).isEmpty();
        assertThat(difference.items()).singleElement().satisfies(item -> {
            assertThat(item.kinds()).containsExactly(ItemChangeKind.KEY);
            assertThat(item.details()).isEmpty();
            assertThat(item.summary()).isEmpty();
        });

        SignIn.as(TestAccounts.create(accounts, "Clinic Manager", Role.MANAGER));
        WhatsNew managers = history.whatsNew(courseId);
        assertThat(managers.keysShown()).isTrue();
        assertThat(managers.versions().getFirst().difference().items().getFirst().summary()).contains("correct option a → b");
    }

    @Test
    void courses_loaded_from_the_folder_are_not_classified() {
        WhatsNew page = history.whatsNew("intro-course");

        assertThat(page.versions()).allSatisfy(v -> assertThat(v.changeClass()).isNull());
    }

    @Test
    void the_whats_new_page_shows_a_learner_the_classification_and_note_but_no_key_and_the_course_page_links_to_it() {
        drafts.approve(draftMovingTheKey, null, new VersionClassification(ChangeClass.SAFETY_CRITICAL,
                "The correct answer changed.", 14));
        SignIn.as(TestAccounts.create(accounts, "Page Learner"));
        KaribuViews.setUp(context);

        UI.getCurrent().navigate("courses/" + courseId);
        assertThat(_get(RouterLink.class, spec -> spec.withClasses("whats-new-link")).getHref())
                .isEqualTo("courses/" + courseId + "/whats-new");

        UI.getCurrent().navigate("courses/" + courseId + "/whats-new");
        assertThat(_find(Span.class, spec -> spec.withClasses("change-class"))).extracting(Span::getText).containsExactly(
                "Safety-critical: complete what changed before needling again", "Not classified");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("change-note")).getText()).isEqualTo("The correct answer changed.");
        assertThat(_get(ListItem.class, spec -> spec.withClasses("item-change")).getText())
                .isEqualTo("Question introduction-first-question in lesson introduction-overview: changed (answer key)");
        assertThat(_find(Span.class, spec -> spec.withClasses("key-change"))).isEmpty();
        assertThat(KaribuViews.everythingOnThePage()).doesNotContain("correct option", "a → b");
    }

    @Test
    void an_author_sees_the_key_change_on_the_whats_new_page() {
        drafts.approve(draftMovingTheKey, null, new VersionClassification(ChangeClass.SUBSTANTIVE, "The key moved.", null));
        KaribuViews.setUp(context);

        UI.getCurrent().navigate("courses/" + courseId + "/whats-new");

        assertThat(_get(Span.class, spec -> spec.withClasses("key-change")).getText())
                .isEqualTo(" — key changed: correct option a → b");
    }

    @Test
    void a_course_with_one_version_has_no_whats_new_link() {
        SignIn.as(TestAccounts.create(accounts, "Another Learner"));
        KaribuViews.setUp(context);

        UI.getCurrent().navigate("courses/" + courseId);

        assertThat(_find(RouterLink.class, spec -> spec.withClasses("whats-new-link"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_review_tab_lists_what_rules_out_editorial_and_shows_a_refusal_at_its_field() {
        KaribuViews.setUp(context);
        UI.getCurrent().navigate("authoring/drafts/" + draftMovingTheKey);
        _get(TabSheet.class).setSelectedIndex(1);

        assertThat(_find(ListItem.class, spec -> spec.withClasses("safety-touch"))).extracting(ListItem::getText)
                .containsExactly("item introduction-first-question: key changed");
        RadioButtonGroup<ChangeClass> changeClass = _get(RadioButtonGroup.class, spec -> spec.withClasses("change-class"));
        assertThat(changeClass.getItemEnabledProvider().test(ChangeClass.EDITORIAL)).isFalse();

        changeClass.setValue(ChangeClass.SUBSTANTIVE);
        _click(_get(Button.class, spec -> spec.withText("Approve and publish")));
        TextArea note = _get(TextArea.class, spec -> spec.withClasses("change-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write a short change note: learners and managers read it.");
        assertThat(history.whatsNew(courseId).versions()).hasSize(1);

        note.setValue("The correct answer is now b.");
        _click(_get(Button.class, spec -> spec.withText("Approve and publish")));
        assertThat(history.whatsNew(courseId).versions().getFirst().changeClass()).isEqualTo(ChangeClass.SUBSTANTIVE);
    }
}
