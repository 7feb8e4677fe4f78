package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonRendererTest {

    private static String render(String markdown) {
        return LessonRenderer.toSafeHtml(markdown, "modules/m/lesson.md", "/course-assets/7/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<script>alert('x')</script>                       | <script",
            "<img src=\"images/a.svg\" onerror=\"alert(1)\">   | onerror",
            "[click](javascript:alert(1))                      | javascript:",
            "<iframe src=\"https://evil.example\"></iframe>    | <iframe",
            "<a href=\"#\" onclick=\"steal()\">x</a>           | onclick",
            "<div style=\"background:url(x)\">x</div>          | style="})
    void author_html_that_could_run_code_never_reaches_the_browser(String markdown, String forbidden) {
        assertThat(render(markdown)).doesNotContainIgnoringCase(forbidden);
    }

    @Test
    void markdown_renders_headings_emphasis_and_tables() {
        String html = render("## Heading\n\nSome **bold** text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        assertThat(html).contains("<h2>Heading</h2>", "<strong>bold</strong>", "<table>", "<td>1</td>");
        assertThat(html).contains("class=\"table-scroll\"");
    }

    @Test
    void relative_images_point_at_the_course_asset_url() {
        assertThat(render("![A band](images/band.svg)"))
                .contains("src=\"/course-assets/7/modules/m/images/band.svg\"", "alt=\"A band\"");
        assertThat(render("![Shared](../../images/logo.png)")).contains("src=\"/course-assets/7/images/logo.png\"");
    }

    @Test
    void images_outside_the_course_are_dropped() {
        assertThat(render("![x](https://tracker.example/pixel.png)")).doesNotContain("<img");
        assertThat(render("![x](../../../secret.png)")).doesNotContain("<img");
    }

    @Test
    void links_to_other_sites_open_in_a_new_tab_without_referrer() {
        assertThat(render("[PubMed](https://pubmed.ncbi.nlm.nih.gov/)"))
                .contains("target=\"_blank\"", "rel=\"noopener noreferrer nofollow\"");
    }
}
