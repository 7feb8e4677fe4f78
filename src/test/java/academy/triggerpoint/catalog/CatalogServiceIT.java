package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class CatalogServiceIT {

    @Autowired CatalogService catalog;
    @Autowired AccountRepository accounts;

    LoginAccount learner;

    @BeforeEach
    void signIn() {
        learner = TestAccounts.create(accounts, "Learner");
        SignIn.as(learner);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_catalogue_lists_the_loaded_course_with_hours_and_modules() {
        assertThat(catalog.catalogue()).singleElement().satisfies(card -> {
            assertThat(card.courseId()).isEqualTo("intro-course");
            assertThat(card.ceContactHours()).isEqualByComparingTo("0.5");
            assertThat(card.moduleTitles()).containsExactly("Basics", "Safety", "Practice");
            assertThat(card.enrolled()).isFalse();
        });
    }

    @Test
    void enrolling_twice_keeps_one_enrolment_and_the_second_module_starts_locked() {
        catalog.enrol("intro-course");
        CourseOutline outline = catalog.enrol("intro-course");

        assertThat(outline.enrolled()).isTrue();
        assertThat(outline.modules().get(0).locked()).isFalse();
        assertThat(outline.modules().get(1).locked()).isTrue();
        assertThat(outline.modules().get(1).lockedReason()).isEqualTo("Locked until you complete “Basics”.");
        assertThat(outline.continueLessonId()).isEqualTo("taut-bands");
    }

    @Test
    void completing_lessons_moves_progress_and_unlocks_the_next_module() {
        catalog.enrol("intro-course");
        assertThatThrownBy(() -> catalog.openLesson("intro-course", "contraindications"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Locked until you complete “Basics”");

        LessonPage first = catalog.openLesson("intro-course", "taut-bands");
        assertThat(first.html()).contains("<strong>taut band</strong>").contains("/course-assets/");
        assertThat(first.previousLessonId()).isNull();
        assertThat(first.nextLessonId()).isEqualTo("referred-pain");

        assertThat(catalog.completeLesson("intro-course", "taut-bands")).contains("referred-pain");
        assertThat(catalog.completeLesson("intro-course", "referred-pain")).contains("contraindications");
        catalog.completeLesson("intro-course", "referred-pain");

        CourseOutline outline = catalog.outline("intro-course");
        assertThat(outline.percentComplete()).isEqualTo(50);
        assertThat(outline.modules().get(1).locked()).isFalse();
        assertThat(outline.continueLessonId()).isEqualTo("contraindications");
        assertThat(catalog.openLesson("intro-course", "contraindications").lessonNumber()).isEqualTo(3);
    }

    @Test
    void a_lesson_opens_in_the_readers_language_when_it_is_translated_into_it_and_else_in_the_courses() {
        catalog.enrol("intro-course");

        LessonPage german = catalog.openLesson("intro-course", "taut-bands", Locale.GERMAN);
        LessonPage spanish = catalog.openLesson("intro-course", "taut-bands", Locale.of("es"));
        LessonPage english = catalog.openLesson("intro-course", "taut-bands", Locale.ENGLISH);

        assertThat(german.title()).isEqualTo("Hartspannstränge");
        assertThat(german.html()).contains("<strong>Hartspannstrang</strong>", "/course-assets/");
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.courseLanguage()).isEqualTo("en");
        assertThat(german.onlyInCourseLanguage()).isFalse();
        assertThat(spanish.title()).isEqualTo("Taut bands");
        assertThat(spanish.html()).contains("<strong>taut band</strong>");
        assertThat(spanish.language()).isEqualTo("en");
        assertThat(spanish.onlyInCourseLanguage()).isTrue();
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.onlyInCourseLanguage()).isFalse();
    }

    @Test
    void continue_returns_to_the_last_lesson_opened_that_is_not_done() {
        catalog.enrol("intro-course");
        catalog.openLesson("intro-course", "referred-pain");

        assertThat(catalog.outline("intro-course").continueLessonId()).isEqualTo("referred-pain");
    }

    @Test
    void a_learner_never_sees_another_learners_progress() {
        catalog.enrol("intro-course");
        catalog.completeLesson("intro-course", "taut-bands");

        SignIn.as(TestAccounts.create(accounts, "Someone Else"));

        assertThat(catalog.outline("intro-course").enrolled()).isFalse();
        assertThat(catalog.outline("intro-course").percentComplete()).isZero();
        assertThatThrownBy(() -> catalog.openLesson("intro-course", "taut-bands")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anonymous_callers_get_nothing_from_the_catalogue() {
        SignIn.out();

        assertThatThrownBy(() -> catalog.catalogue()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
