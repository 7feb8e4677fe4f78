package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.authoring.domain.DraftRecords;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The draft editor: live preview, inline problems, conflicts, and review rules as the pages show them. */
@IntegrationTest
@TestPropertySource(properties = "academy.test.context=authoring")
class AuthoringViewsTest {

    private static final AtomicInteger COURSES = new AtomicInteger();
    private static final String LESSON = "modules/introduction/introduction-overview.md";
    private static final String BANK = "modules/introduction/items/bank.yaml";

    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired Drafts drafts;

    LoginAccount author;
    long draftId;

    @BeforeEach
    void aDraftOfANewCourse() {
        author = TestAccounts.create(accounts, "View Author", Role.AUTHOR);
        SignIn.as(author);
        draftId = drafts.startNewCourse("viewed-course-" + COURSES.incrementAndGet(), "Viewed course");
        KaribuViews.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    private void openFile(String path) {
        UI.getCurrent().navigate("authoring/drafts/" + draftId);
        @SuppressWarnings("unchecked")
        Grid<Object> files = _get(Grid.class, spec -> spec.withId("draft-files"));
        int row = 0;
        while (!GridKt._getFormattedRow(files, row).getFirst().equals(path)) {
            row++;
        }
        files.select(GridKt._get(files, row));
    }

    @Test
    void typing_in_a_lesson_renders_the_preview_as_learners_will_see_it_without_saving() {
        openFile(LESSON);
        TextArea editor = _get(TextArea.class, spec -> spec.withClasses("source-editor"));
        editor.setValue("---\ntitle: Overview\nminutes: 5\n---\nNeedle **away** from the lung.\n\n<script>alert(1)</script>\n");

        String preview = _get(Div.class, spec -> spec.withClasses("lesson-preview")).getElement().getProperty("innerHTML");
        assertThat(preview).contains("<strong>away</strong>").doesNotContain("script", "title: Overview");
        assertThat(new String(drafts.file(draftId, LESSON).bytes(), StandardCharsets.UTF_8)).doesNotContain("away");
    }

    @Test
    void a_save_shows_the_validators_problems_at_their_line_and_a_conflict_keeps_the_authors_text() {
        openFile(BANK);
        TextArea editor = _get(TextArea.class, spec -> spec.withClasses("source-editor"));
        editor.setValue(editor.getValue().replace("difficulty: medium", "difficulty: extreme"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).anyMatch(t -> t.startsWith("Line 6, column 5: ") && t.contains("difficulty"));

        // Someone else saves the same file; this editor still holds the old revision.
        drafts.save(draftId, BANK, editor.getValue().replace("extreme", "medium"), drafts.file(draftId, BANK).revision());
        editor.setValue(editor.getValue() + "\n");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("editor-message")).getText())
                .contains(BANK + " was changed by View Author after you opened it");
        assertThat(editor.getValue()).contains("difficulty: extreme");
    }

    @Test
    void the_manifest_form_saves_a_change_and_shows_the_validators_problem_on_its_field() {
        openFile("course.yaml");
        TextField title = _get(TextField.class, spec -> spec.withLabel("Title (title)"));
        title.setValue("");
        _get(TextField.class, spec -> spec.withLabel("Version (version)")).setValue("1.1.0");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        title = _get(TextField.class, spec -> spec.withLabel("Title (title)"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("required field 'title' is missing");
        String saved = new String(drafts.file(draftId, "course.yaml").bytes(), StandardCharsets.UTF_8);
        assertThat(saved).contains("version: 1.1.0").doesNotContain("\ntitle:");
        _find(TabSheet.class).getLast().setSelectedIndex(1);
        assertThat(_get(TextArea.class, spec -> spec.withClasses("source-editor")).getValue()).isEqualTo(saved);
    }

    @Test
    void an_item_opens_in_a_form_whose_save_shows_the_problem_on_the_field() {
        openFile(BANK);
        _click(_find(Button.class, spec -> spec.withText("Form…")).getFirst());
        Dialog dialog = _get(Dialog.class);
        _get(dialog, TextArea.class, spec -> spec.withLabel("Stem, Markdown (stem)")).setValue("");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        TextArea stem = _get(dialog, TextArea.class, spec -> spec.withLabel("Stem, Markdown (stem)"));
        assertThat(stem.isInvalid()).isTrue();
        assertThat(stem.getErrorMessage()).isEqualTo("required field 'stem' is missing");
        assertThat(new String(drafts.file(draftId, BANK).bytes(), StandardCharsets.UTF_8)).doesNotContain("stem:");
    }

    @Test
    void a_case_file_shows_its_outline_with_critical_endings_and_the_problems_at_their_choice() {
        String path = "cases/outlined-case.yaml";
        drafts.add(draftId, path, """
                id: outlined-case
                module: introduction
                title: A case to outline
                stages:
                  - id: decide
                    title: Decide
                    decision:
                      prompt: Needle today?
                      choices:
                        - id: screen-first
                          text: Screen for bleeding risk first
                          best: true
                          end: complete
                        - id: needle-now
                          text: Needle without screening
                          end: critical
                """.getBytes(StandardCharsets.UTF_8));
        openFile(path);

        Div outline = _get(Div.class, spec -> spec.withClasses("file-outline"));
        assertThat(_find(outline, Div.class, spec -> spec.withClasses("outline-critical_end"))).hasSize(1);
        Div needleNow = _find(outline, Div.class, spec -> spec.withClasses("outline-choice")).get(1);
        assertThat(_find(needleNow, Div.class, spec -> spec.withClasses("outline-problem")))
                .extracting(problem -> problem.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("ends the case critically but has no 'explanation'"));
    }

    @Test
    void the_author_who_submitted_sees_why_they_cannot_approve() {
        drafts.submit(draftId);
        UI.getCurrent().navigate("authoring/drafts/" + draftId);
        _get(TabSheet.class).setSelectedIndex(1);

        assertThat(_get(H1.class).getText()).startsWith("Draft #" + draftId);
        assertThat(_find(Button.class, spec -> spec.withText("Approve and publish"))).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("You submitted this draft; another author must review it.");
    }

    @Test
    void the_preview_lets_an_author_take_the_quiz_and_check_it_without_recording_anything() {
        UI.getCurrent().navigate("authoring/drafts/" + draftId + "/preview");
        _click(_get(Button.class, spec -> spec.withText("Quiz: Introduction check")));
        _click(_get(Button.class, spec -> spec.withText("Check answers")));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Not passed: 0.0%"));
    }

    @Test
    void review_and_changes_follow_each_save_without_reloading_the_page() {
        String module = "modules/introduction/module.yaml";
        openFile(module);
        _find(TabSheet.class).getLast().setSelectedIndex(1);
        TextArea editor = _get(TextArea.class, spec -> spec.withClasses("source-editor"));
        String valid = editor.getValue();
        editor.setValue(valid.replace("passMark: 80", "passMark: 180").replace("attempts: 3", "attempts: many")
                .replace("review: feedback", "review: everything").replaceAll("(?m)^summary:.*\\n", ""));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        int problems = drafts.check(draftId).size();
        assertThat(problems).isGreaterThanOrEqualTo(3);

        TabSheet page = _find(TabSheet.class).getFirst();
        page.setSelectedIndex(1);
        assertThat(_get(Button.class, spec -> spec.withText("Submit for review")).isEnabled()).isFalse();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("review-problem"))).hasSize(problems)
                .extracting(ListItem::getText).anyMatch(t -> t.contains(module) && t.contains("passMark"));

        page.setSelectedIndex(0);
        editor = _get(TextArea.class, spec -> spec.withClasses("source-editor"));
        editor.setValue(valid.replace("Introduction check", "First steps check"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        page.setSelectedIndex(1);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("review-problem"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Submit for review")).isEnabled()).isTrue();

        page.setSelectedIndex(2);
        assertThat(KaribuViews.dump(_get(VerticalLayout.class, spec -> spec.withClasses("draft-changes"))))
                .contains("First steps check");
    }

    @Test
    void discarding_a_draft_asks_first_and_names_what_would_be_lost() {
        UI.getCurrent().navigate("authoring/drafts/" + draftId);
        _get(TabSheet.class).setSelectedIndex(1);
        _click(_get(Button.class, spec -> spec.withText("Discard the draft")));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(drafts.workspace(draftId).draft().state()).isEqualTo(DraftRecords.State.EDITING);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("files", "cannot be undone");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(drafts.workspace(draftId).draft().state()).isEqualTo(DraftRecords.State.EDITING);

        _click(_get(Button.class, spec -> spec.withText("Discard the draft")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(drafts.workspace(draftId).draft().state()).isEqualTo(DraftRecords.State.DISCARDED);
    }
}
