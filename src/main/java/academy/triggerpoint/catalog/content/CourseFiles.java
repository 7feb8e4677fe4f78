package academy.triggerpoint.catalog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one course folder, by path relative to the folder ({@code modules/x/lesson.md}).
 * The same bytes come from disk or from a stored version, so a version is reproducible exactly.
 *
 * @param folderLabel how problems name the folder, e.g. {@code courses/dn-foundations}
 * @param published   whether these are a version already published (read back from the database):
 *                    rules added since it was published then fill in what they ask for rather than
 *                    refuse a version learners are enrolled on (see {@link #asPublished()})
 */
public record CourseFiles(String folderName, String folderLabel, Map<String, byte[]> files, Map<String, String> refused,
                          boolean published) {

    /** A course's files, nothing refused. */
    public CourseFiles(String folderName, String folderLabel, Map<String, byte[]> files) {
        this(folderName, folderLabel, files, Map.of());
    }

    public CourseFiles(String folderName, String folderLabel, Map<String, byte[]> files, Map<String, String> refused) {
        this(folderName, folderLabel, files, refused, false);
    }

    /** The same files as a version already published, which must keep parsing as it did when it was published. */
    public CourseFiles asPublished() {
        return new CourseFiles(folderName, folderLabel, files, refused, true);
    }

    /** Why a symbolic link in a course folder or archive is refused. */
    static final String LINK_REFUSED = "is a symbolic link; a course holds real files only, inside its folder";

    /** Records that travel with a course's ZIP beside its content (the expert panel's answers); never content. */
    public static final String ATTACHMENTS_FOLDER = "attached-records";

    /** Whether a path inside a course folder is content (not hidden, not an attached record). */
    public static boolean isContent(String path) {
        if (path.equals(ATTACHMENTS_FOLDER) || path.startsWith(ATTACHMENTS_FOLDER + "/")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a folder at {@code relative} cannot be part of a course, or empty when it can: a folder
     * named like a course file ({@code course.yaml/}, {@code items/bank.yaml/}) would otherwise be
     * reported as that file missing, or be passed over without a word.
     */
    public static Optional<String> folderRefusal(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md")) {
            return Optional.of("is a folder, but its name is that of a course file; a course file must be a file, "
                    + "so rename the folder or move its contents out");
        }
        return Optional.empty();
    }

    /**
     * Why the file at {@code relative} cannot be part of a course because of the folders it is in,
     * or empty when it can.
     */
    public static Optional<String> parentRefusal(String relative) {
        int slash = relative.lastIndexOf('/');
        while (slash > 0) {
            String folder = relative.substring(0, slash);
            if (folderRefusal(folder).isPresent()) {
                return Optional.of("is inside " + folder + ", a folder named like a course file; a course file must be "
                        + "a file, so rename the folder or move its contents out");
            }
            slash = folder.lastIndexOf('/');
        }
        return Optional.empty();
    }

    /**
     * Folders and files whose names start with a dot (.git, .DS_Store), and attached records, are
     * not course content. Nothing this finds wrong with a file throws: links, files that resolve
     * outside the folder, folders named like files and files that cannot be read are listed in
     * {@link #refused} with the reason, so the course is reported rather than the scan stopped.
     */
    public static CourseFiles readFolder(Path folder, String folderLabel) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> refused = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            Path root = folder.toRealPath();
            for (Path path : (Iterable<Path>) paths::iterator) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty() || !isContent(relative)) {
                    continue;
                }
                // A link is never followed: it could hand any file on the server to the course and its ZIP.
                if (Files.isSymbolicLink(path)) {
                    refused.put(relative, LINK_REFUSED);
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    folderRefusal(relative).ifPresent(reason -> refused.put(relative, reason));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    read(root, path, relative, files, refused);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            refused.put("", "cannot be read (" + e.getMessage() + ")");
        }
        return new CourseFiles(folder.getFileName().toString(), folderLabel, Collections.unmodifiableMap(files),
                Collections.unmodifiableMap(refused));
    }

    private static void read(Path root, Path path, String relative, Map<String, byte[]> files, Map<String, String> refused) {
        try {
            if (!path.toRealPath().startsWith(root)) {
                refused.put(relative, "resolves outside the course folder");
            } else if (Files.size(path) > CourseArchive.MAX_FILE_BYTES) {
                refused.put(relative, "is larger than " + (CourseArchive.MAX_FILE_BYTES >> 20) + " MB, more than any course file may be");
            } else {
                files.put(relative, Files.readAllBytes(path));
            }
        } catch (IOException e) {
            refused.put(relative, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    public CourseFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        refused = Collections.unmodifiableMap(new TreeMap<>(refused));
    }

    /**
     * A file as text, by the one rule for every text file of a course: UTF-8, a leading byte-order
     * mark dropped, no NUL characters; otherwise a problem naming the file (and the line of a NUL).
     */
    public Optional<String> utf8(String path, java.util.List<Problem> problems) {
        Optional<byte[]> bytes = bytes(path);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.get())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(new Problem(label(path), 0, "this file is not UTF-8 text"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Problem(label(path), line, "this file contains a NUL character (byte 0), which text never "
                    + "holds; save it again as plain UTF-8 text"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public Optional<byte[]> bytes(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Optional<String> text(String path) {
        return bytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** How problems name a file of this course. */
    public String label(String path) {
        return folderLabel + "/" + path;
    }

    /** SHA-256 over every path and its bytes in path order: equal folders, equal hash. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] path = file.getKey().getBytes(StandardCharsets.UTF_8);
                digest.update(longBytes(path.length));
                digest.update(path);
                digest.update(longBytes(file.getValue().length));
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }
}
