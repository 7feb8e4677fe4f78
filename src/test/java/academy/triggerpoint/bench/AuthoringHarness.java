package academy.triggerpoint.bench;

import academy.triggerpoint.Application;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.authoring.QuestionImportReport;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Authoring under realistic sizes, server side, through the {@link Drafts} service on an H2 file
 * database:
 * <ul>
 * <li>live preview: re-rendering a 3,000-word lesson (headings, lists, a table, emphasis, links);</li>
 * <li>publishing: approving a reviewed 10-module course (validation, content hash, storing every
 * file as a new version);</li>
 * <li>question import: a 500-question Moodle XML file into a draft (parse, write the item bank,
 * validate the draft).</li>
 * </ul>
 * <pre>./mvnw -q test-compile exec:exec@authoring</pre>
 */
public final class AuthoringHarness {

    private static final AtomicInteger COURSES = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Path db = Files.createTempDirectory("authoring-db");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("academy"), "--server.port=0",
                        "--logging.level.root=warn", "--academy.courses.folder=courses")) {
            SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
            AccountRepository accounts = app.getBean(AccountRepository.class);
            LoginAccount writer = TestAccounts.create(accounts, "Bench Writer", Role.AUTHOR);
            LoginAccount reviewer = TestAccounts.create(accounts, "Bench Reviewer", Role.AUTHOR);
            Drafts drafts = app.getBean(Drafts.class);

            SignIn.as(writer);
            long previewDraft = drafts.startNewCourse(nextCourse(), "Preview course");
            String lesson = lessonOf(3_000);
            String lessonPath = "modules/introduction/introduction-overview.md";
            Timings.report("live preview, 3,000-word lesson", Timings.time(200, () -> drafts.preview(previewDraft, lessonPath, lesson)), 100);

            publishTimes(drafts, writer, reviewer, 3);
            Timings.report("publish (approve) a 10-module course", publishTimes(drafts, writer, reviewer, 10), 2000);

            byte[] moodle = moodleXml(500).getBytes(StandardCharsets.UTF_8);
            Timings.report("import a 500-question Moodle XML file (" + moodle.length / 1024 + " KB) into a draft",
                    Timings.time(5, () -> {
                        SignIn.as(writer);
                        long id = drafts.startNewCourse(nextCourse(), "Imported");
                        QuestionImportReport report = drafts.importQuestions(id, "introduction", "introduction-overview",
                                "bank.xml", moodle);
                        if (report.imported() != 500) {
                            throw new IllegalStateException("imported " + report.imported() + ": " + report.rejected());
                        }
                        return report;
                    }), 3000);
            SignIn.out();
        }
    }

    /** Approval alone, timed per course: drafting and submitting happen before the clock starts. */
    private static List<Double> publishTimes(Drafts drafts, LoginAccount writer, LoginAccount reviewer, int rounds) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            SignIn.as(writer);
            long id = drafts.startNewCourse(nextCourse(), "Ten modules");
            for (int m = 2; m <= 10; m++) {
                drafts.addModule(id, "module-" + m, "Module " + m);
            }
            drafts.submit(id);
            SignIn.as(reviewer);
            long t0 = System.nanoTime();
            drafts.approve(id, null);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static String nextCourse() {
        return "bench-course-" + COURSES.incrementAndGet();
    }

    /** A lesson of about {@code words} words with the Markdown an author really writes. */
    static String lessonOf(int words) {
        StringBuilder md = new StringBuilder("---\ntitle: A long lesson\nminutes: 20\n---\n");
        String[] vocabulary = {"needle", "trigger", "point", "taut", "band", "palpation", "screening", "consent",
                "anticoagulant", "pleura", "depth", "patient", "**safety**", "*response*", "local", "twitch"};
        int written = 0;
        int section = 0;
        while (written < words) {
            md.append("\n## Section ").append(++section).append("\n\n");
            for (int p = 0; p < 3 && written < words; p++) {
                for (int w = 0; w < 60; w++, written++) {
                    md.append(vocabulary[(written * 7 + w) % vocabulary.length]).append(w % 12 == 11 ? ". " : " ");
                }
                md.append("See [the guideline](https://example.org/guideline).\n\n");
            }
            md.append("- first point to remember\n- second point, with **emphasis**\n- third point\n\n");
            md.append("| Site | Depth |\n|---|---|\n| Upper trapezius | pinch, superficial |\n| Gluteus medius | 40 mm |\n\n");
            written += 30;
        }
        return md.toString();
    }

    static String moodleXml(int questions) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        xml.append("<question type=\"category\"><category><text>$course$/top/Needle safety</text></category></question>\n");
        for (int i = 1; i <= questions; i++) {
            xml.append("""
                    <question type="multichoice">
                      <name><text>Screening question %d</text></name>
                      <questiontext format="html"><text><![CDATA[<p>A patient on <strong>warfarin</strong> (case %d) asks for needling. What comes first?</p>]]></text></questiontext>
                      <generalfeedback format="html"><text><![CDATA[<p>Screen for bleeding risk before deciding.</p>]]></text></generalfeedback>
                      <single>true</single>
                      <answer fraction="100"><text>Ask about the latest INR and bruising</text><feedback><text>Right.</text></feedback></answer>
                      <answer fraction="0"><text>Needle as usual</text><feedback><text>Bleeding is a real risk.</text></feedback></answer>
                      <answer fraction="0"><text>Refuse any treatment</text></answer>
                    </question>
                    """.formatted(i, i));
        }
        return xml.append("</quiz>\n").toString();
    }
}
