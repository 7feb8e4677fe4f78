package academy.triggerpoint.authoring.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTextTest {

    static String markdown(String html) {
        return HtmlText.toMarkdown(html, new LinkedHashSet<>());
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments("<p>One</p><p>Two</p>", "One\n\nTwo"),
                arguments("<p>One<br>Two</p>", "One\\\nTwo"),
                arguments("<p>One<br><br>Two</p>", "One\n\nTwo"),
                arguments("<p>Ends with a break<br></p><p>Next</p>", "Ends with a break\n\nNext"),
                arguments("<div>One</div><div>Two</div>", "One\\\nTwo"),
                arguments("<p>A <strong>bold</strong> and <b>b</b></p>", "A **bold** and **b**"),
                arguments("<p>An <em>emphasis</em> and <i>i</i></p>", "An *emphasis* and *i*"),
                arguments("<p>Space<strong> inside </strong>bold</p>", "Space **inside** bold"),
                arguments("<p>Run <code>ls -l</code> now</p>", "Run `ls -l` now"),
                arguments("<p>See <a href=\"https://pubmed.gov/1\">the trial</a>.</p>", "See [the trial](https://pubmed.gov/1)."),
                arguments("<p><a href=\"#top\">Back</a></p>", "Back"),
                arguments("<ul><li>One</li><li>Two</li></ul>", "- One\n- Two"),
                arguments("<ol><li>First</li><li>Second</li></ol>", "1. First\n2. Second"),
                arguments("<p>A&nbsp;&amp;&nbsp;B &lt;tag&gt;</p>", "A & B <tag>"),
                arguments("<p>  lots   of\n   space  </p>", "lots of space"),
                arguments("<p></p><p>&nbsp;</p><p>Only this</p>", "Only this"),
                arguments("<script>alert(1)</script><style>p{}</style>Safe", "Safe"),
                arguments("Plain text without tags", "Plain text without tags"),
                arguments("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a | b\\\nc | d"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void html_becomes_readable_markdown(String html, String expected) {
        assertThat(markdown(html)).isEqualTo(expected);
    }

    @Test
    void nested_lists_are_indented() {
        assertThat(markdown("<ul><li>Neck<ul><li>Trapezius</li><li>Scalenes</li></ul></li><li>Back</li></ul>"))
                .isEqualTo("- Neck\n  - Trapezius\n  - Scalenes\n- Back");
    }

    @Test
    void preformatted_text_keeps_its_layout_in_a_code_block() {
        assertThat(markdown("<p>Code:</p><pre>line 1\n  line 2</pre>")).isEqualTo("Code:\n\n```\nline 1\n  line 2\n```");
    }

    @Test
    void images_are_left_out_and_named_by_their_decoded_file_name() {
        Set<String> images = new LinkedHashSet<>();

        String text = HtmlText.toMarkdown("<p>Look <img src=\"@@PLUGINFILE@@/taut%20band.png?time=1\" alt=\"band\"> here"
                + "<img src=\"https://example.org/a/b/c.svg\"><img src=\"data:image/png;base64,AAAA\"></p>", images);

        assertThat(text).isEqualTo("Look here");
        assertThat(images).containsExactly("taut band.png", "c.svg", "embedded in the text");
    }

    @Test
    void moodle_auto_format_keeps_line_breaks_of_plain_text() {
        assertThat(HtmlText.autoFormatToMarkdown("First line\nsecond <b>bold</b> line", new LinkedHashSet<>()))
                .isEqualTo("First line\\\nsecond **bold** line");
    }
}
