package academy.triggerpoint.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.CaseReport;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.catalog.content.CourseArchive;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.mail.OutgoingMail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The expert panel of the fixture course, whose case has one script-concordance item, {@code an-sct}. */
@IntegrationTest
class ExpertPanelsIT {

    static final String COURSE = "intro-course";
    static final String CASE = "anticoagulated-neck";
    static final String ITEM = "an-sct";

    @Autowired ExpertPanels panels;
    @Autowired CaseService cases;
    @Autowired CatalogService catalog;
    @Autowired CourseArchives archives;
    @Autowired AccountRepository accounts;
    @Autowired OutgoingMail mail;
    @Autowired BackgroundWork background;

    LoginAccount author;

    @BeforeEach
    void anAuthor() {
        author = TestAccounts.create(accounts, "Panel Author", Role.AUTHOR);
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOutAndRemoveThePanel() {
        SignIn.out();
        TestPanels.clear(jdbc, COURSE);
    }

    /** Enlists a new panellist for the course and returns them signed-in-able with the panellist role. */
    private LoginAccount panellist(String name) {
        SignIn.as(author);
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@experts.example";
        PanelMember member = panels.invite(COURSE, name, email);
        return new LoginAccount(member.accountId(), email, name, null, true, true, EnumSet.of(Role.PANELLIST));
    }

    private void answer(LoginAccount who, int value, String comment) {
        SignIn.as(who);
        panels.answer(COURSE, ITEM, value, comment);
    }

    /** A learner's whole case on the best path, with +1 on the script-concordance item. */
    private CaseReport learnerTakesTheCase() {
        LoginAccount learner = TestAccounts.create(accounts, "Case Learner");
        SignIn.as(learner);
        catalog.enrol(COURSE);
        catalog.completeLesson(COURSE, "taut-bands");
        catalog.completeLesson(COURSE, "referred-pain");
        long id = cases.startOrResume(COURSE, CASE);
        cases.saveResponse(id, "an-screen", new Response.Choice(Set.of("inr", "bruising")));
        cases.saveResponse(id, ITEM, new Response.Scale(1));
        cases.proceed(id);
        cases.saveResponse(id, "decide", new Response.Choice(Set.of("defer")));
        cases.proceed(id);
        cases.saveResponse(id, "an-advice", new Response.TrueFalse(true));
        cases.proceed(id);
        return cases.report(id);
    }

    @Test
    void an_enlisted_expert_gets_an_account_with_only_the_panellist_role_and_the_invitation_after_commit() {
        LoginAccount expert = panellist("Aroha Expert");
        background.awaitDone();

        assertThat(accounts.findById(expert.id()).orElseThrow().getRoles()).containsExactly(Role.PANELLIST);
        assertThat(mail.logged()).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo(expert.email());
            assertThat(m.body()).contains("expert panel of the course").contains("Choose your password");
        });
        SignIn.as(author);
        assertThatThrownBy(() -> panels.invite(COURSE, "Aroha Expert", expert.email().toUpperCase()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("on this course's panel already");
        assertThat(panels.members(COURSE)).filteredOn(m -> m.accountId() == expert.id()).singleElement()
                .satisfies(m -> assertThat(m.label()).matches("P-[0-9A-F]{6}"));
    }

    @Test
    void an_existing_learner_keeps_their_roles_and_gains_the_panellist_role() {
        LoginAccount clinician = TestAccounts.create(accounts, "Senior Clinician");
        SignIn.as(author);

        panels.invite(COURSE, "Senior Clinician", clinician.email());

        assertThat(accounts.findById(clinician.id()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.LEARNER, Role.PANELLIST);
    }

    @Test
    void a_panellist_answers_each_item_once_sees_no_key_and_only_their_own_panels() {
        LoginAccount expert = panellist("Once Only");
        answer(expert, 1, "Familiar pain from a taut band is the strongest sign we have.");

        assertThatThrownBy(() -> panels.answer(COURSE, ITEM, 2, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answered this question already");
        assertThatThrownBy(() -> panels.answer(COURSE, ITEM, 3, null)).isInstanceOf(InvalidInputException.class);
        PanelQuestionnaire sheet = panels.questionnaire(COURSE);
        assertThat(sheet.questions()).singleElement().satisfies(q -> {
            assertThat(q.myAnswer()).isEqualTo(1);
            assertThat(q.questionHtml()).contains("upper trapezius trigger point").doesNotContain("demoPanel");
        });
        assertThat(panels.myPanels()).extracting(PanelCourse::courseId).containsExactly(COURSE);

        LoginAccount outsider = new LoginAccount(TestAccounts.create(accounts, "Not On It").id(), "x@y.z", "Not On It",
                null, true, true, EnumSet.of(Role.PANELLIST));
        SignIn.as(outsider);
        assertThatThrownBy(() -> panels.questionnaire(COURSE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> panels.answer(COURSE, ITEM, 1, null)).isInstanceOf(NotFoundException.class);

        SignIn.as(TestAccounts.create(accounts, "Plain Learner"));
        assertThatThrownBy(() -> panels.questionnaire(COURSE)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> panels.report(COURSE)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> panels.invite(COURSE, "Sneaky", "sneaky@x.example"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_key_follows_the_panel_and_an_item_scores_only_from_ten_answers() {
        CaseReport before = learnerTakesTheCase();
        assertThat(before.path().getFirst().items().get(1).correctAnswer()).contains("No expert panel has answered");

        for (int i = 0; i < 9; i++) {
            answer(panellist("Expert " + i), i < 6 ? 1 : 2, null);
        }
        SignIn.as(author);
        PanelReport nine = panels.report(COURSE);
        assertThat(nine.items()).singleElement().satisfies(item -> {
            assertThat(item.counts()).containsExactly(0, 0, 0, 6, 3);
            assertThat(item.provisional()).isTrue();
            assertThat(item.keyed().get(3)).isEqualTo(1.0);
            assertThat(item.keyed().get(4)).isEqualTo(0.5);
        });
        CaseReport provisional = learnerTakesTheCase();
        assertThat(provisional.maxPoints()).isEqualTo(before.maxPoints());
        assertThat(provisional.path().getFirst().items().get(1).correctAnswer()).contains("6 of 9").contains("Provisional key");

        answer(panellist("Expert ten"), 2, "Would want to see a twitch too.");

        SignIn.as(author);
        assertThat(panels.report(COURSE).items()).singleElement().satisfies(item -> {
            assertThat(item.counts()).containsExactly(0, 0, 0, 6, 4);
            assertThat(item.provisional()).isFalse();
            assertThat(item.comments()).extracting(PanelReport.Comment::text).containsExactly("Would want to see a twitch too.");
        });
        CaseReport keyed = learnerTakesTheCase();
        assertThat(keyed.maxPoints()).isGreaterThan(before.maxPoints());
        assertThat(keyed.outcome()).isEqualTo("PASSED");
        assertThat(keyed.path().getFirst().items().get(1).credit()).isEqualTo(1.0);
        assertThat(keyed.path().getFirst().items().get(1).correctAnswer()).contains("Expert panel of 10").doesNotContain("Provisional");
    }

    @Test
    void the_course_zip_carries_the_answers_under_pseudonyms_and_reading_it_back_ignores_them() throws IOException {
        LoginAccount expert = panellist("Zip Expert");
        answer(expert, -1, "=HYPERLINK(\"http://evil.example\")");
        SignIn.as(author);

        byte[] zip = archives.exportCurrent(COURSE);

        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String csv = entries.get(COURSE + "/attached-records/expert-panel-answers.csv");
        String label = panels.members(COURSE).stream().filter(m -> m.accountId() == expert.id()).findFirst().orElseThrow().label();
        assertThat(csv).startsWith("item,wording,panellist,answer,comment,answered_at,version")
                .contains(ITEM + ",").contains(label + ",-1,").contains("'=HYPERLINK")
                .doesNotContain(expert.email()).doesNotContain("Zip Expert");
        var read = CourseArchive.read(zip, "export.zip");
        assertThat(read.files().keySet()).noneMatch(path -> path.startsWith("attached-records"));
        assertThat(archives.isStoredVersion(COURSE, read.contentHash())).isTrue();
    }
}
