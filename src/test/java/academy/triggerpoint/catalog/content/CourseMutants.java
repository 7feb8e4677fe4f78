package academy.triggerpoint.catalog.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Single-defect copies of a course, made from a seed so that a failing mutant can be made again:
 * a file deleted, duplicated or moved into a nested folder; a line deleted, duplicated or indented
 * with a tab; a value replaced with a huge or negative number, a list, a map, nothing or text; bytes
 * of another encoding, a byte-order mark, a NUL, or binary garbage.
 */
final class CourseMutants {

    record Mutant(long seed, String description, CourseFiles files) {
    }

    private static final String[] VALUES = {"99999999999999999999999", "-1", "3000000000", "0", "1e-999999999", "1e999",
            "[]", "{}", "''", "~", "\"text\"", "[1, [2, [3]]]", "!!binary AAAA", "*alias", "&anchor x", "0x10", "NaN",
            ".inf", "\"\\u0000\"", "yes"};

    private final CourseFiles original;

    CourseMutants(CourseFiles original) {
        this.original = original;
    }

    static CourseMutants of(Path folder, String label) {
        return new CourseMutants(CourseFiles.readFolder(folder, label));
    }

    Mutant mutant(long seed) {
        Random random = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>(original.files());
        List<String> paths = new ArrayList<>(files.keySet());
        String path = paths.get(random.nextInt(paths.size()));
        byte[] bytes = files.get(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        String description;
        switch (random.nextInt(12)) {
            case 0 -> {
                files.remove(path);
                description = "deleted " + path;
            }
            case 1 -> {
                files.put(path.replaceFirst("([^/]+)$", "copy-$1"), bytes);
                description = "duplicated " + path;
            }
            case 2 -> {
                files.remove(path);
                files.put(path.replaceFirst("([^/]+)$", "nested/$1"), bytes);
                description = "moved " + path + " into a nested folder";
            }
            case 3 -> {
                lines.remove(line);
                files.put(path, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
                description = "deleted line " + (line + 1) + " of " + path;
            }
            case 4 -> {
                lines.add(line, lines.get(line));
                files.put(path, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
                description = "duplicated line " + (line + 1) + " of " + path;
            }
            case 5 -> {
                lines.set(line, "\t" + lines.get(line));
                files.put(path, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
                description = "tab before line " + (line + 1) + " of " + path;
            }
            case 6, 7, 8 -> {
                String value = VALUES[random.nextInt(VALUES.length)];
                String replaced = lines.get(line).replaceFirst(":\\s.*$", ": " + value);
                lines.set(line, replaced);
                files.put(path, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
                description = "value " + value + " on line " + (line + 1) + " of " + path;
            }
            case 9 -> {
                files.put(path, text.getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)
                        ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16));
                description = "re-encoded " + path;
            }
            case 10 -> {
                byte[] marked = new byte[bytes.length + 3];
                marked[0] = (byte) 0xEF;
                marked[1] = (byte) 0xBB;
                marked[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, marked, 3, bytes.length);
                files.put(path, random.nextBoolean() ? marked : (text + "\u0000").getBytes(StandardCharsets.UTF_8));
                description = "byte-order mark or NUL in " + path;
            }
            default -> {
                byte[] garbage = new byte[1 + random.nextInt(64)];
                random.nextBytes(garbage);
                files.put(path, garbage);
                description = "binary garbage in " + path;
            }
        }
        return new Mutant(seed, description, new CourseFiles(original.folderName(), original.folderLabel(), files));
    }
}
