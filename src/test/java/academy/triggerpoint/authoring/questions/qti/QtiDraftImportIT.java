package academy.triggerpoint.authoring.questions.qti;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.QuestionImportReport;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A QTI package imported into a draft through {@link Drafts#importQuestions}, and exported from it again. */
@IntegrationTest
@TestPropertySource(properties = "academy.test.context=authoring")
class QtiDraftImportIT {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired Drafts drafts;
    @Autowired AccountRepository accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long newDraft() {
        SignIn.as(TestAccounts.create(accounts, "QTI Author " + COURSES.incrementAndGet(), Role.AUTHOR));
        return drafts.startNewCourse("qti-course-" + COURSES.get(), "QTI questions");
    }

    @Test
    void a_qti_package_lands_in_a_new_bank_of_a_valid_draft_and_its_bad_items_are_named() {
        long id = newDraft();

        QuestionImportReport report = drafts.importQuestions(id, "introduction", "introduction-overview", "bank.zip",
                QtiImportTest.mixedPackage(), 1);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.bankPath()).startsWith("modules/introduction/items/imported-");
        assertThat(report.rejected()).extracting(QuestionImportReport.Rejected::where).containsExactly(
                "bank.zip: items/essay.xml:9", "bank.zip: items/missing-choice.xml:4", "bank.zip: items/composite.xml:13");
        assertThat(report.addedPool()).isNotNull();
        assertThat(drafts.check(id)).isEmpty();

        Drafts.QtiPackage exported = drafts.exportQti(id, "introduction", false);
        QtiImport.Result back = QtiImport.read(exported.bytes(), exported.fileName(), QtiImportTest.TARGET);
        assertThat(back.items()).extracting(i -> i.id()).contains("good");
        assertThat(drafts.exportQti(id, "introduction", true).fileName()).isEqualTo("introduction-quiz-qti.zip");
    }

    @Test
    void a_package_that_cannot_be_read_or_holds_only_bad_items_changes_nothing() {
        long id = newDraft();
        var before = drafts.workspace(id).files().stream().map(f -> f.path() + "@" + f.revision()).toList();

        QuestionImportReport broken = drafts.importQuestions(id, "introduction", "introduction-overview", "broken.zip",
                QtiImportTest.zip(Map.of("imsmanifest.xml", "<manifest>")), 1);
        QuestionImportReport bad = drafts.importQuestions(id, "introduction", "introduction-overview", "missing.xml",
                QtiImportTest.qti3("missing", QtiImportTest.DECLARE_B.replace(">B<", ">C<"), QtiImportTest.CHOICE_AB)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);

        assertThat(broken.imported()).isZero();
        assertThat(broken.rejected()).singleElement().satisfies(r -> assertThat(r.where()).isEqualTo("broken.zip: imsmanifest.xml:1"));
        assertThat(bad.imported()).isZero();
        assertThat(bad.rejected()).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("names choice 'C', which the interaction does not have"));
        assertThat(drafts.workspace(id).files().stream().map(f -> f.path() + "@" + f.revision()).toList()).isEqualTo(before);
        assertThat(drafts.history(id)).extracting(e -> e.action()).doesNotContain("imported-questions");
    }
}
