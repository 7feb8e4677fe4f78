package academy.triggerpoint.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.authoring.domain.DraftRecords.State;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.catalog.CourseOutline;
import academy.triggerpoint.catalog.PublishedVersion;
import academy.triggerpoint.catalog.content.CourseArchive;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseFolders;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.catalog.content.QuizDefinition;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Drafts, review and publishing against the real database. Its own application context (and so its
 * own database), because publishing adds courses that other tests' catalogues should not see.
 */
@IntegrationTest
@TestPropertySource(properties = "academy.test.context=authoring")
class DraftsIT {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired Drafts drafts;
    @Autowired CourseArchives archives;
    @Autowired CatalogService catalog;
    @Autowired AccountRepository accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private LoginAccount author(String name) {
        return TestAccounts.create(accounts, name, Role.AUTHOR);
    }

    private static String newCourseId() {
        return "drafted-course-" + COURSES.incrementAndGet();
    }

    /** Two GIFT questions the importer takes whole: a single choice and a true-false. */
    private static final String TWO_GIFT_QUESTIONS = """
                ::Warfarin first:: A patient on warfarin asks for needling. What comes first? {
                =Ask about the latest INR and bruising #Screen first.
                ~Needle as usual #Bleeding is a real risk.
                ####Anticoagulation raises the risk of bleeding; screen before deciding.}

                ::Infected skin:: Needling through infected skin is acceptable after cleaning. {FALSE
                ####Local infection is a contraindication; cleaning does not make it safe.}
                """;

    @Test
    void a_new_module_with_a_quiz_is_reviewed_by_another_author_published_and_seen_by_a_new_learner() {
        var writer = author("Writing Author");
        var reviewer = author("Reviewing Author");
        String courseId = newCourseId();
        SignIn.as(writer);
        long id = drafts.startNewCourse(courseId, "Cervical spine safety");
        drafts.addModule(id, "second-module", "Second module");
        assertThat(drafts.check(id)).isEmpty();
        drafts.submit(id);

        assertThatThrownBy(() -> drafts.approve(id, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("another author must review it");
        assertThatThrownBy(() -> drafts.save(id, "course.yaml", "id: changed", 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in review");

        SignIn.as(reviewer);
        PublishedVersion published = drafts.approve(id, "Checked the quiz keys.");
        assertThat(published.label()).isEqualTo("0.1.0");
        assertThat(drafts.workspace(id).draft().state()).isEqualTo(State.PUBLISHED);
        assertThat(drafts.history(id)).extracting(e -> e.action())
                .containsExactly("created", "added", "submitted", "approved", "published");
        assertThat(archives.versionsOf(courseId)).singleElement().satisfies(v -> {
            assertThat(v.origin()).isEqualTo("app");
            assertThat(v.publishedBy()).isEqualTo(reviewer.id());
            assertThat(v.current()).isTrue();
        });

        SignIn.as(TestAccounts.create(accounts, "New Learner"));
        CourseOutline outline = catalog.enrol(courseId);
        assertThat(outline.course().modules()).extracting(m -> m.id()).containsExactly("introduction", "second-module");
        assertThat(outline.course().module("second-module").orElseThrow().quizDefinition()).isPresent();
    }

    @Test
    void two_authors_saving_the_same_lesson_get_a_conflict_and_nothing_is_overwritten() {
        var first = author("First Author");
        var second = author("Second Author");
        SignIn.as(first);
        long id = drafts.startNewCourse(newCourseId(), "Conflicts");
        String lesson = "modules/introduction/introduction-overview.md";
        long opened = drafts.file(id, lesson).revision();

        drafts.save(id, lesson, "---\ntitle: Overview\nminutes: 5\n---\nThe first author's text.\n", opened);
        SignIn.as(second);
        assertThatThrownBy(() -> drafts.save(id, lesson, "---\ntitle: Overview\nminutes: 5\n---\nThe second text.\n", opened))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining(lesson + " was changed by First Author after you opened it");

        assertThat(new String(drafts.file(id, lesson).bytes(), StandardCharsets.UTF_8)).contains("The first author's text.");
        assertThat(drafts.file(id, lesson).revision()).isEqualTo(opened + 1);
    }

    @Test
    void an_author_who_changed_the_draft_cannot_approve_it_even_when_someone_else_submitted_it() {
        var writer = author("Draft Writer");
        var editor = author("Draft Editor");
        SignIn.as(writer);
        long id = drafts.startNewCourse(newCourseId(), "Four eyes");
        SignIn.as(editor);
        String lesson = "modules/introduction/introduction-overview.md";
        drafts.save(id, lesson, "---\ntitle: Overview\nminutes: 5\n---\nEdited.\n", drafts.file(id, lesson).revision());
        SignIn.as(writer);
        drafts.submit(id);

        SignIn.as(editor);
        assertThat(drafts.workspace(id).whyNotReviewer()).contains("You changed this draft; another author must review it.");
        assertThatThrownBy(() -> drafts.approve(id, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> drafts.requestChanges(id, "Looks fine")).isInstanceOf(InvalidInputException.class);

        SignIn.as(author("Independent Reviewer"));
        drafts.requestChanges(id, "The overview needs a learning objective.");
        assertThat(drafts.workspace(id).draft().state()).isEqualTo(State.EDITING);
        assertThat(drafts.comments(id)).extracting(c -> c.body()).containsExactly("The overview needs a learning objective.");
    }

    @Test
    void a_draft_with_problems_cannot_be_submitted_and_the_problems_name_file_and_line() {
        SignIn.as(author("Careless Author"));
        long id = drafts.startNewCourse(newCourseId(), "Problems");
        String bank = "modules/introduction/items/bank.yaml";
        String broken = new String(drafts.file(id, bank).bytes(), StandardCharsets.UTF_8).replace("difficulty: medium", "difficulty: extreme");
        Drafts.Saved saved = drafts.save(id, bank, broken, drafts.file(id, bank).revision());

        assertThat(saved.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("/" + bank);
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("difficulty");
        });
        assertThat(drafts.workspace(id).problemsOf(bank)).hasSize(1);
        assertThatThrownBy(() -> drafts.submit(id)).isInstanceOf(InvalidInputException.class).hasMessageContaining("Fix the 1 problem");
    }

    @Test
    void the_editor_reports_exactly_what_the_folder_loader_reports_for_the_same_broken_files() throws IOException {
        SignIn.as(author("Parity Author"));
        try (Stream<Path> broken = Files.list(Path.of("src/test/resources/fixtures/broken"))) {
            for (Path folder : broken.sorted().toList()) {
                CourseFolders.Checked loader = CourseFolders.check(folder).getFirst();
                long id = drafts.importArchive(CourseArchive.write(loader.files()), folder.getFileName() + ".zip");
                assertThat(relative(drafts.check(id), "courses/" + loader.files().folderName()))
                        .as(folder.toString()).isNotEmpty()
                        .containsExactlyElementsOf(relative(loader.result().problems(), loader.files().folderLabel()));
                drafts.discard(id);
            }
        }
    }

    @Test
    void every_shipped_course_imported_as_a_draft_exports_with_the_content_hash_of_its_folder() throws IOException {
        SignIn.as(author("Round Trip Author"));
        try (Stream<Path> shipped = Files.list(Path.of("courses"))) {
            for (Path folder : shipped.filter(Files::isDirectory).sorted().toList()) {
                CourseFiles original = CourseFiles.readFolder(folder, "courses/" + folder.getFileName());
                long id = drafts.importArchive(CourseArchive.write(original), folder.getFileName() + ".zip");
                assertThat(drafts.check(id)).as(folder.toString()).isEmpty();
                CourseFiles exported = CourseArchive.read(CourseArchive.write(drafts.courseFiles(id)), "export.zip");
                assertThat(exported.contentHash()).as(folder.toString()).isEqualTo(original.contentHash());
                assertThat(CourseParser.parse(drafts.courseFiles(id)).course().orElseThrow().contentHash())
                        .isEqualTo(original.contentHash());
                drafts.discard(id);
            }
        }
    }

    @Test
    void a_course_has_one_open_draft_and_a_published_label_cannot_be_reused_for_other_content() {
        var writer = author("Label Writer");
        SignIn.as(writer);
        long first = drafts.startFromCurrent("intro-course");
        assertThatThrownBy(() -> drafts.startFromCurrent("intro-course")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("intro-course already has an open draft (#" + first + ", started by Label Writer)");

        String lesson = "modules/basics/taut-bands.md";
        String text = new String(drafts.file(first, lesson).bytes(), StandardCharsets.UTF_8);
        drafts.save(first, lesson, text + "\nOne more sentence.\n", drafts.file(first, lesson).revision());
        drafts.submit(first);
        SignIn.as(author("Label Reviewer"));
        assertThatThrownBy(() -> drafts.approve(first, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Version 1.0.0 of intro-course is already published with other content");
        assertThat(drafts.workspace(first).draft().state()).isEqualTo(State.IN_REVIEW);
        assertThat(archives.versionsOf("intro-course")).hasSize(1);
        drafts.discard(first);
    }

    @Test
    void questions_imported_from_gift_land_in_a_new_item_bank_and_rejected_ones_are_named() {
        SignIn.as(author("Importing Author"));
        long id = drafts.startNewCourse(newCourseId(), "Imported questions");
        String gift = TWO_GIFT_QUESTIONS + """

                ::Essay:: Describe your consent conversation. {}
                """;
        QuestionImportReport report = drafts.importQuestions(id, "introduction", "introduction-overview", "bank.gift",
                gift.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.bankPath()).startsWith("modules/introduction/items/imported-");
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.where()).startsWith("bank.gift:9"));
        assertThat(drafts.check(id)).isEmpty();
        assertThat(drafts.history(id)).extracting(e -> e.action()).contains("imported-questions");

        assertThatThrownBy(() -> drafts.importQuestions(id, "no-such-module", "x", "bank.gift", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Choose a module");
    }

    @Test
    void learners_and_managers_cannot_open_or_change_drafts() {
        SignIn.as(author("Owner Author"));
        long id = drafts.startNewCourse(newCourseId(), "Private");
        SignIn.as(TestAccounts.create(accounts, "Curious Learner"));
        assertThatThrownBy(() -> drafts.workspace(id)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(TestAccounts.create(accounts, "Curious Manager", Role.MANAGER));
        assertThatThrownBy(() -> drafts.save(id, "course.yaml", "", 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void imported_questions_are_added_to_the_modules_quiz_and_the_report_names_the_quiz_that_draws_them() {
        SignIn.as(author("Pooling Author"));
        long id = drafts.startNewCourse(newCourseId(), "Pooled questions");
        String gift = TWO_GIFT_QUESTIONS;

        QuestionImportReport report = drafts.importQuestions(id, "introduction", "introduction-overview", "bank.gift",
                gift.getBytes(StandardCharsets.UTF_8), 5);

        String module = new String(drafts.file(id, "modules/introduction/module.yaml").bytes(), StandardCharsets.UTF_8);
        assertThat(report.importTag()).isEqualTo(report.bankPath().substring("modules/introduction/items/".length())
                .replace(".yaml", ""));
        assertThat(module).contains("    - tags: [" + report.importTag() + "]\n      count: 2\n");
        assertThat(report.addedPool()).isEqualTo(new QuestionImportReport.Pool("modules/introduction/module.yaml",
                "Introduction check", report.importTag(), 2));
        assertThat(report.drawnBy()).containsExactly(new QuestionImportReport.Quiz("introduction", "Introduction check"));
        assertThat(drafts.check(id)).isEmpty();
        CourseDefinition course = drafts.asCourse(id).course().orElseThrow();
        assertThat(course.module("introduction").orElseThrow().quiz().draw())
                .contains(new QuizDefinition.Pool(List.of(report.importTag()), 2));
    }

    @Test
    void without_a_pool_the_import_report_says_no_quiz_draws_the_questions() {
        SignIn.as(author("Unpooled Author"));
        long id = drafts.startNewCourse(newCourseId(), "Unpooled questions");

        QuestionImportReport report = drafts.importQuestions(id, "introduction", "introduction-overview", "one.gift",
                "::Infected skin:: Needling through infected skin is acceptable. {FALSE####Infection is a contraindication.}"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.addedPool()).isNull();
        assertThat(report.drawnBy()).isEmpty();
        assertThat(report.tags()).contains("imported", report.importTag());
    }

    /** Problems with the file named relative to its course folder, so two labels compare. */
    private static List<String> relative(List<Problem> problems, String label) {
        return problems.stream().map(p -> (p.file().equals(label) ? "" : p.file().substring(label.length() + 1))
                + ":" + p.line() + ": " + p.message().replace(label + "/", "")).toList();
    }
}
