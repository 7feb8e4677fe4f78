package academy.triggerpoint.authoring;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a new course or module starts from: the smallest content that passes the validator
 * (a module with one lesson, one item and a quiz), with comments that say what to write where.
 */
final class CourseSkeleton {

    private CourseSkeleton() {
    }

    static Map<String, byte[]> newCourse(String courseId, String title) {
        String moduleId = "introduction";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("course.yaml", utf8("""
                id: %s
                title: %s
                version: 0.1.0
                # One or two plain sentences for the catalogue card.
                summary: %s
                objectives:
                  - Describe what this course teaches.
                # At most (lesson minutes + assessmentMinutes) / 60, in quarter hours.
                ceContactHours: 0.25
                ceRule: 60 minutes of estimated study and assessment time = 1 contact hour
                assessmentMinutes: 10
                provider:
                  name: Trigger Point Academy
                presenters:
                  # The people who wrote or present the course, as they should appear on certificates.
                  - name: Trigger Point Academy faculty
                    credentials: PT
                deliveryMode: online-self-paced
                validityMonths: 24
                modules:
                  - id: %s
                """.formatted(courseId, quoted(title), quoted(title), moduleId)));
        files.putAll(newModule(moduleId, "Introduction"));
        return files;
    }

    static Map<String, byte[]> newModule(String moduleId, String title) {
        String lessonId = moduleId + "-overview";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("modules/" + moduleId + "/module.yaml", utf8("""
                title: %s
                summary: What this module covers, in one or two sentences.
                objectives:
                  - Explain the first point of this module.
                lessons:
                  - %s
                quiz:
                  title: %s
                  passMark: 80
                  attempts: 3
                  review: feedback
                  draw:
                    - tags: [%s]
                      count: 1
                """.formatted(quoted(title), lessonId, quoted(title + " check"), moduleId)));
        files.put("modules/" + moduleId + "/" + lessonId + ".md", utf8("""
                ---
                title: %s overview
                minutes: 5
                ---
                Write the lesson here in Markdown. The preview beside the editor shows it as learners will see it.
                """.formatted(title.replace("\n", " "))));
        files.put("modules/" + moduleId + "/items/bank.yaml", utf8("""
                items:
                  - id: %s-first-question
                    type: single-choice
                    lesson: %s
                    tags: [%s]
                    difficulty: medium
                    stem: |
                      Write the question here.
                    rationale: |
                      Explain why the correct answer is correct.
                    options:
                      - id: a
                        text: The correct answer
                        correct: true
                      - id: b
                        text: A plausible wrong answer
                """.formatted(moduleId, lessonId, moduleId)));
        return files;
    }

    /**
     * The manifest with {@code - id: moduleId} added at the end of its top-level {@code modules:}
     * list, keeping every other line (and comment) as it was; empty when there is no such list.
     */
    static Optional<String> appendModule(String manifest, String moduleId) {
        List<String> lines = List.of(manifest.split("\n", -1));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^modules:\\s*(#.*)?$")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        int end = start + 1;
        String indent = "  ";
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("-") && !line.startsWith("#")) {
                break;
            }
            if (line.stripLeading().startsWith("- ")) {
                indent = line.substring(0, line.indexOf('-'));
            }
            if (!line.isBlank()) {
                end = i + 1;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == end) {
                out.append(indent).append("- id: ").append(moduleId).append('\n');
            }
            out.append(lines.get(i));
            if (i < lines.size() - 1) {
                out.append('\n');
            }
        }
        if (end == lines.size()) {
            out.append(out.isEmpty() || out.charAt(out.length() - 1) == '\n' ? "" : "\n")
                    .append(indent).append("- id: ").append(moduleId).append('\n');
        }
        return Optional.of(out.toString());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
