package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jurisdiction files are checked like course files: every mistake with file, line and column, and then none is used. */
class JurisdictionParserTest {

    static final Set<String> COMPETENCIES = Set.of("needle-safety", "history-and-screening");
    static final Set<String> PRACTICALS = Set.of("dry-needling-foundations/observed-needling");

    @TempDir Path folder;

    private String good() throws IOException {
        return Files.readString(Path.of("jurisdictions/xx-test.yaml"));
    }

    private JurisdictionParser.Result read(String text) throws IOException {
        Files.writeString(folder.resolve("xx-test.yaml"), text);
        Files.copy(Path.of("jurisdictions/us-fl.yaml"), folder.resolve("us-fl.yaml"));
        return JurisdictionParser.read(folder, COMPETENCIES, PRACTICALS);
    }

    @Test
    void the_shipped_jurisdictions_read_without_a_problem() {
        JurisdictionParser.Result result = JurisdictionParser.read(Path.of("jurisdictions"), COMPETENCIES, PRACTICALS);
        assertThat(result.problems()).isEmpty();
        assertThat(result.jurisdictions()).extracting(JurisdictionDefinition::code)
                .contains("us-fl", "us-de", "us-ga", "us-az", "us-md", "ca-ab", "xx-test");
        assertThat(result.jurisdictions()).filteredOn(j -> !j.fictional())
                .allSatisfy(j -> assertThat(j.source(j.requirements().source())).as(j.code() + " cites its requirements").isPresent());
    }

    @Test
    void an_unknown_competency_a_negative_number_and_an_uncited_source_are_refused_at_their_lines() throws IOException {
        String text = good().replace("competencies: [needle-safety, history-and-screening]", "competencies: [needle-safety, acupuncture]")
                .replace("supervisedSessions: 5", "supervisedSessions: -5")
                .replace("    source: testland-rulebook\nhourMinutes", "    source: nowhere\nhourMinutes");

        JurisdictionParser.Result result = read(text);

        assertThat(result.jurisdictions()).as("nothing is used while a file has a problem").isEmpty();
        String file = folder.getFileName() + "/xx-test.yaml:";
        assertThat(result.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                file + "12:3: 'supervisedSessions' must be between 0 and 1000, not -5",
                file + "15:33: no course defines the competency 'acupuncture'",
                file + "22:5: the source 'nowhere' is not listed under sources");
    }

    @Test
    void a_practical_that_no_course_defines_is_refused_at_its_line() throws IOException {
        JurisdictionParser.Result result = read(good().replace("dry-needling-foundations/observed-needling",
                "dry-needling-foundations/juggling"));

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(folder.getFileName()
                + "/xx-test.yaml:16:16: no course defines the practical assessment 'dry-needling-foundations/juggling'");
    }

    @Test
    void a_code_that_is_not_the_file_name_and_an_hour_of_45_minutes_are_refused() throws IOException {
        JurisdictionParser.Result result = read(good().replace("code: xx-test", "code: xx-other").replace("hourMinutes: 60", "hourMinutes: 45"));

        assertThat(result.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "the code 'xx-other' must be the file's name ('xx-test')", "an hour is counted as 50 or 60 minutes");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).endsWith("/xx-test.yaml"));
    }

    @Test
    void a_syntax_error_is_reported_alone_in_plain_words() throws IOException {
        // The quote opened on line 2 runs on (YAML quotes may span lines) until the next quote, on line 7.
        JurisdictionParser.Result result = read(good().replace("name: Testland (fictional, for tests)", "name: \"Testland"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("Line 7, column 13");
            assertThat(p.message()).contains("check the value's quotes");
        });
    }

    @Test
    void a_real_jurisdiction_without_sources_is_refused() throws IOException {
        String noSources = Files.readString(Path.of("jurisdictions/us-fl.yaml"));
        Files.writeString(folder.resolve("us-fl.yaml"), noSources.replaceAll("(?s)sources:.*?requirements:", "sources: []\nrequirements:"));
        JurisdictionParser.Result result = JurisdictionParser.read(folder, COMPETENCIES, PRACTICALS);
        assertThat(result.problems()).extracting(Problem::message).contains("'sources' must list at least one entry");
        assertThat(List.of(result.jurisdictions())).allSatisfy(l -> assertThat(l).isEmpty());
    }
}
