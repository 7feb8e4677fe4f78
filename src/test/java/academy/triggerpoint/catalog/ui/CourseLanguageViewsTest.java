package academy.triggerpoint.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Lessons in the reader's language where a translation exists, and course content marked with its language. */
@IntegrationTest
class CourseLanguageViewsTest {

    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;

    @BeforeEach
    void setUp() {
        KaribuViews.setUp(context);
        SignIn.as(TestAccounts.create(accounts, "Reader"));
        catalog.enrol("intro-course");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    private static void open(Locale interfaceLanguage, String route) {
        UI.getCurrent().setLocale(interfaceLanguage);
        UI.getCurrent().navigate(route);
    }

    private static String lang(com.vaadin.flow.component.Component component) {
        return component.getElement().getAttribute("lang");
    }

    @Test
    void a_german_reader_reads_the_german_translation_marked_as_german_under_the_english_course_title() {
        open(Locale.GERMAN, "learn/intro-course/taut-bands");

        H1 title = _get(H1.class);
        Article lesson = _get(Article.class);
        assertThat(title.getText()).isEqualTo("Hartspannstränge");
        assertThat(lang(title)).isEqualTo("de");
        assertThat(lesson.getElement().getProperty("innerHTML")).contains("<strong>Hartspannstrang</strong>");
        assertThat(lang(lesson)).isEqualTo("de");
        assertThat(lang(_get(Anchor.class, spec -> spec.withText("Introduction to Trigger Points")))).isEqualTo("en");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("language-note"))).isEmpty();
    }

    @Test
    void a_german_reader_of_an_untranslated_lesson_reads_the_english_and_is_told_so_in_german() {
        open(Locale.GERMAN, "learn/intro-course/referred-pain");

        assertThat(_get(H1.class).getText()).isEqualTo("Referred pain");
        assertThat(lang(_get(Article.class))).isEqualTo("en");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("language-note")).getText())
                .isEqualTo("Diese Lektion gibt es nur auf Englisch.");
    }

    @Test
    void a_spanish_reader_is_told_in_spanish_that_the_lesson_is_in_english_only() {
        open(Locale.of("es"), "learn/intro-course/taut-bands");

        assertThat(lang(_get(Article.class))).isEqualTo("en");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("language-note")).getText())
                .isEqualTo("Esta lección solo está disponible en inglés.");
    }

    @Test
    void an_english_reader_reads_the_original_with_no_note() {
        open(Locale.ENGLISH, "learn/intro-course/taut-bands");

        assertThat(_get(H1.class).getText()).isEqualTo("Taut bands");
        assertThat(lang(_get(Article.class))).isEqualTo("en");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("language-note"))).isEmpty();
    }

    @Test
    void the_course_page_marks_the_courses_texts_with_its_language_and_lists_translated_lesson_titles_in_theirs() {
        open(Locale.GERMAN, "courses/intro-course");

        assertThat(lang(_get(H1.class))).isEqualTo("en");
        assertThat(lang(_get(Paragraph.class, spec -> spec.withText("A short fixture course used by the tests.")))).isEqualTo("en");
        assertThat(lang(_get(Anchor.class, spec -> spec.withText("Hartspannstränge (5 Min.)")))).isEqualTo("de");
        assertThat(lang(_get(Anchor.class, spec -> spec.withText("Referred pain (5 Min.)")))).isEqualTo("en");
    }
}
