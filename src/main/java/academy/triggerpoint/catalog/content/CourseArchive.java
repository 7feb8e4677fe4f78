package academy.triggerpoint.catalog.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A course folder as a ZIP file, in the exact {@code courses/} format: one top-level folder named
 * after the course, holding its files. Writing is deterministic (paths in order, fixed times), so
 * one version always gives the same bytes, and reading it back gives the same content hash.
 * Reading refuses what a hostile or broken archive could do: paths outside the folder (zip-slip),
 * executable content, too many or too large files, and zip bombs (counted while inflating, so
 * nothing large is ever held).
 */
public final class CourseArchive {

    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    /**
     * Text and images compress well, but not a hundredfold over a whole file of real content. Only
     * entries that declare their compressed size up front can be checked this way; the size limits
     * stop the others.
     */
    static final int MAX_RATIO = 100;
    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the earliest a ZIP can say
    private static final Set<String> EXECUTABLE = Set.of("exe", "dll", "so", "dylib", "sh", "bash", "bat", "cmd", "com",
            "ps1", "jar", "class", "war", "msi", "app", "vbs", "scr", "js", "mjs", "html", "htm");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    /** Why an archive cannot be read as a course; nothing of it was used. */
    public static final class InvalidArchiveException extends RuntimeException {
        InvalidArchiveException(String message) {
            super(message);
        }
    }

    private CourseArchive() {
    }

    public static byte[] write(CourseFiles course) {
        return write(course, Map.of());
    }

    /**
     * The course's files and, under {@value CourseFiles#ATTACHMENTS_FOLDER}/, records attached to
     * it (which {@link #read} skips).
     */
    public static byte[] write(CourseFiles course, Map<String, byte[]> attachments) {
        Map<String, byte[]> entries = new TreeMap<>(course.files());
        attachments.forEach((name, content) -> entries.put(CourseFiles.ATTACHMENTS_FOLDER + "/" + name, content));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(course.folderName() + "/" + file.getKey());
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The course folder inside an archive. Files and folders whose names start with a dot, the
     * {@code __MACOSX} folder some systems add, and attached records are not course content and are
     * skipped.
     *
     * @param label how problems name the archive, e.g. the uploaded file's name
     */
    public static CourseFiles read(byte[] archive, String label) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> refused = links(archive, label);
        String folder = null;
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw invalid(label, "has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                checkPath(label, name);
                if (skipped(name)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    String directory = name.substring(0, name.length() - 1);
                    int slash = directory.indexOf('/');
                    if (slash > 0) {
                        String path = directory.substring(slash + 1);
                        CourseFiles.folderRefusal(path).ifPresent(reason -> refused.put(path, reason));
                    }
                    continue;
                }
                int slash = name.indexOf('/');
                if (slash < 0) {
                    throw invalid(label, "has " + name + " outside a course folder; put every file in one folder named after the course");
                }
                String top = name.substring(0, slash);
                if (folder != null && !folder.equals(top)) {
                    throw invalid(label, "holds more than one folder (" + folder + ", " + top + "); one course per archive");
                }
                folder = top;
                String path = name.substring(slash + 1);
                if (!CourseFiles.isContent(path) || refused.containsKey(path)) {
                    continue;
                }
                Optional<String> inside = CourseFiles.parentRefusal(path);
                if (inside.isPresent()) {
                    refused.put(path, inside.get());
                    continue;
                }
                refuse(label, name, nameRefusal(path));
                byte[] content = inflate(zip, label, name, entry.getCompressedSize(), MAX_TOTAL_BYTES - total);
                total += content.length;
                refuse(label, name, bytesRefusal(content));
                files.put(path, content);
            }
        } catch (ZipException e) {
            throw invalid(label, "is not a readable ZIP file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folder == null) {
            throw invalid(label, "holds no course files");
        }
        return new CourseFiles(folder, label + ": " + folder, files, refused);
    }

    /**
     * Every file of a ZIP that is not a course, such as a QTI content package, by its path in the
     * archive, read with the same guards as {@link #read}: at most {@value #MAX_ENTRIES} entries,
     * no path that leaves the archive (zip-slip), no symbolic link, no file over
     * {@link #MAX_FILE_BYTES} nor more than {@link #MAX_TOTAL_BYTES} in all, and no entry compressed
     * more than {@value #MAX_RATIO} to 1. Hidden files and {@code __MACOSX} are skipped. Paths may use
     * any characters but backslashes, since other systems name their files freely.
     *
     * @throws InvalidArchiveException naming what is wrong; nothing of the archive is returned then
     */
    public static Map<String, byte[]> readEntries(byte[] archive, String label) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> links = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (entry.isUnixSymlink()) {
                    links.put(entry.getName(), CourseFiles.LINK_REFUSED);
                }
            }
        } catch (IOException e) {
            throw invalid(label, "is not a readable ZIP file (" + e.getMessage() + ")");
        }
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw invalid(label, "has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                if (leaves(name)) {
                    throw invalid(label, "has an entry whose path leaves the archive: " + name);
                }
                if (entry.isDirectory() || skipped(name)) {
                    continue;
                }
                if (links.containsKey(name)) {
                    throw invalid(label, "has " + name + ", a symbolic link; a package holds real files only");
                }
                byte[] content = inflate(zip, label, name, entry.getCompressedSize(), MAX_TOTAL_BYTES - total);
                total += content.length;
                files.put(name, content);
            }
        } catch (ZipException e) {
            throw invalid(label, "is not a readable ZIP file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            throw invalid(label, "is empty or not a ZIP file");
        }
        return files;
    }

    /**
     * The entries the archive marks as symbolic links (by their Unix mode in the central directory,
     * which a streaming reader never sees), by path inside the course folder. A link's bytes are
     * only the name of its target, but unpacked by an author's tools it would point anywhere; a
     * course holds real files only.
     */
    private static Map<String, String> links(byte[] archive, String label) {
        Map<String, String> links = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                int slash = entry.getName().indexOf('/');
                if (entry.isUnixSymlink() && slash > 0) {
                    links.put(entry.getName().substring(slash + 1), CourseFiles.LINK_REFUSED);
                }
            }
        } catch (IOException e) {
            throw invalid(label, "is not a readable ZIP file (" + e.getMessage() + ")");
        }
        return links;
    }

    private static byte[] inflate(InputStream zip, String label, String name, long compressed, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            read += n;
            if (read > MAX_FILE_BYTES) {
                throw invalid(label, "has " + name + " larger than " + (MAX_FILE_BYTES >> 20) + " MB");
            }
            if (read > budget) {
                throw invalid(label, "unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB");
            }
            if (compressed > 0 && read > 1_000_000 && read / compressed > MAX_RATIO) {
                throw invalid(label, "has " + name + " compressed more than " + MAX_RATIO + " to 1: refused as a zip bomb");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean leaves(String name) {
        String normalised = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return normalised.isEmpty() || normalised.startsWith("/") || normalised.contains("\\")
                || normalised.matches("^[A-Za-z]:.*") || ("/" + normalised + "/").contains("/../")
                || ("/" + normalised + "/").contains("/./");
    }

    private static void checkPath(String label, String name) {
        String normalised = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (leaves(name)) {
            throw invalid(label, "has an entry whose path leaves the course folder: " + name);
        }
        if (!skipped(normalised) && !SAFE_PATH.matcher(normalised).matches()) {
            throw invalid(label, "has an entry with characters a course path may not use: " + name
                    + " (letters, digits, '.', '_', '-' and '/')");
        }
    }

    private static boolean skipped(String name) {
        if (name.startsWith("__MACOSX/")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a single file may not be course content (an executable, script, HTML page or archive, by
     * extension or first bytes), for uploads in the editor; empty when it may.
     */
    public static Optional<String> refuseExecutable(String path, byte[] content) {
        return contentRefusal(path, content).map(reason -> "This upload has " + path + ": " + reason + ".");
    }

    /**
     * The one rule for what a course may not hold, whether it arrives in a ZIP, a folder or an
     * upload: a path with characters a course path may not use, and executables, scripts, HTML
     * pages and archives, by extension or first bytes. Empty when the file may be content.
     */
    static Optional<String> contentRefusal(String path, byte[] content) {
        return nameRefusal(path).or(() -> bytesRefusal(content));
    }

    private static Optional<String> nameRefusal(String path) {
        if (!SAFE_PATH.matcher(path).matches()) {
            return Optional.of("has characters a course path may not use (letters, digits, '.', '_', '-' and '/')");
        }
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (EXECUTABLE.contains(extension)) {
            return Optional.of("is an executable, script or web page: not course content");
        }
        return Optional.empty();
    }

    private static Optional<String> bytesRefusal(byte[] content) {
        boolean executable = startsWith(content, 'M', 'Z') || startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, '#', '!') || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(content, 'P', 'K', 3, 4);
        if (executable) {
            return Optional.of("holds a program or another archive, not course content");
        }
        return Optional.empty();
    }

    /** Throws for a refused entry: by name before it is inflated, by its first bytes after. */
    private static void refuse(String label, String name, Optional<String> reason) {
        reason.ifPresent(why -> {
            throw invalid(label, "has " + name + ", which " + why);
        });
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidArchiveException invalid(String label, String problem) {
        return new InvalidArchiveException(label + " " + problem + ".");
    }
}
