package academy.triggerpoint.catalog.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code jurisdictions/} folder: one {@code <code>.yaml} per jurisdiction, validated like
 * course files (file, line and column for every mistake). A folder with any problem yields no
 * jurisdictions at all, so a half-valid rule set never decides who may needle.
 */
public final class JurisdictionParser {

    /** The jurisdictions read, or the problems that stopped them. */
    public record Result(List<JurisdictionDefinition> jurisdictions, List<Problem> problems) {
    }

    private static final Set<String> TOP = Set.of("code", "name", "fictional", "reviewed", "sources", "requirements",
            "attestations", "hourMinutes", "certificateRetentionYears", "certificateWording", "notes");
    private static final Set<String> SOURCE = Set.of("id", "title", "url", "verified");
    private static final Set<String> REQUIREMENTS = Set.of("theoryHours", "inPersonHours", "supervisedSessions", "yearsLicensed",
            "source", "competencies", "practicals");
    private static final Set<String> ATTESTATION = Set.of("id", "text", "withinDays", "evidenceRequired", "source");
    private static final Set<String> WORDING = Set.of("statement", "fields");

    private JurisdictionParser() {
    }

    /**
     * Reads every {@code .yaml} file of {@code folder}; {@code competencies} and {@code practicals}
     * are the ids the loaded courses define, which a rule may require.
     */
    public static Result read(Path folder, Set<String> competencies, Set<String> practicals) {
        List<Problem> problems = new ArrayList<>();
        List<JurisdictionDefinition> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Result(List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return new Result(List.of(), List.of(new Problem(folder.getFileName() + "/", 1, "the folder could not be read: " + e.getMessage())));
        }
        for (Path file : files) {
            String label = folder.getFileName() + "/" + file.getFileName();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new Problem(label, 1, "the file could not be read as UTF-8 text: " + e.getMessage()));
                continue;
            }
            String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            parse(text, label, expected, competencies, practicals, problems).ifPresent(found::add);
        }
        return problems.isEmpty() ? new Result(List.copyOf(found), List.of()) : new Result(List.of(), List.copyOf(problems));
    }

    /** Parses one jurisdiction file; problems are added to {@code problems}. */
    static java.util.Optional<JurisdictionDefinition> parse(String text, String label, String expectedCode, Set<String> competencies,
                                                            Set<String> practicals, List<Problem> problems) {
        int before = problems.size();
        var parsed = YamlDoc.parse(text, label, 0, problems);
        if (parsed.isEmpty()) {
            return java.util.Optional.empty();
        }
        YamlDoc doc = parsed.get();
        Fields f = new Fields(doc, label, problems);
        JsonNode root = doc.root();
        if (!f.isObject(root, "", "A jurisdiction file")) {
            return java.util.Optional.empty();
        }
        f.onlyKnown(root, "", TOP, Map.of());
        String code = f.identifier(root, "", "code");
        if (code != null && !code.equals(expectedCode)) {
            f.problem("/code", "the code '" + code + "' must be the file's name ('" + expectedCode + "')");
        }
        String name = f.text(root, "", "name", true);
        boolean fictional = f.flag(root, "", "fictional");
        LocalDate reviewed = date(f, root, "/reviewed", "reviewed");

        List<JurisdictionDefinition.Source> sources = new ArrayList<>();
        Set<String> sourceIds = new HashSet<>();
        List<JsonNode> sourceNodes = f.objects(root, "", "sources", true);
        for (int i = 0; i < sourceNodes.size(); i++) {
            String p = "/sources/" + i;
            JsonNode s = sourceNodes.get(i);
            f.onlyKnown(s, p, SOURCE, Map.of());
            String id = f.identifier(s, p, "id");
            if (id != null && !sourceIds.add(id)) {
                f.problem(p + "/id", "the source id '" + id + "' is used twice");
            }
            String url = f.text(s, p, "url", false);
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                f.problem(p + "/url", "a source's url must start with https:// or http://");
            }
            sources.add(new JurisdictionDefinition.Source(id, f.text(s, p, "title", true), url, f.flag(s, p, "verified")));
        }
        if (!fictional && sourceNodes.isEmpty()) {
            f.problem("/sources", "a real jurisdiction needs at least one source for its rules");
        }

        JurisdictionDefinition.Requirements requirements = null;
        JsonNode r = root.get("requirements");
        if (f.isObject(r, "/requirements", "requirements")) {
            f.onlyKnown(r, "/requirements", REQUIREMENTS, Map.of());
            Integer theory = f.integer(r, "/requirements", "theoryHours", true, 0, 1000);
            Integer inPerson = f.integer(r, "/requirements", "inPersonHours", true, 0, 1000);
            Integer sessions = f.integer(r, "/requirements", "supervisedSessions", true, 0, 1000);
            Integer years = f.integer(r, "/requirements", "yearsLicensed", true, 0, 50);
            String source = f.text(r, "/requirements", "source", !fictional);
            citation(f, "/requirements/source", source, sourceIds);
            List<String> needed = f.texts(r, "/requirements", "competencies", false);
            for (int i = 0; i < needed.size(); i++) {
                if (!competencies.contains(needed.get(i))) {
                    f.problem("/requirements/competencies/" + i, "no course defines the competency '" + needed.get(i) + "'");
                }
            }
            List<String> observed = f.texts(r, "/requirements", "practicals", false);
            for (int i = 0; i < observed.size(); i++) {
                if (!practicals.contains(observed.get(i))) {
                    f.problem("/requirements/practicals/" + i, "no course defines the practical assessment '" + observed.get(i) + "'");
                }
            }
            requirements = new JurisdictionDefinition.Requirements(nonNull(theory), nonNull(inPerson), nonNull(sessions),
                    nonNull(years), source, List.copyOf(needed), List.copyOf(observed));
        }

        List<JurisdictionDefinition.Attestation> attestations = new ArrayList<>();
        Set<String> attestationIds = new HashSet<>();
        List<JsonNode> attestationNodes = f.objects(root, "", "attestations", false);
        for (int i = 0; i < attestationNodes.size(); i++) {
            String p = "/attestations/" + i;
            JsonNode a = attestationNodes.get(i);
            f.onlyKnown(a, p, ATTESTATION, Map.of());
            String id = f.identifier(a, p, "id");
            if (id != null && !attestationIds.add(id)) {
                f.problem(p + "/id", "the attestation id '" + id + "' is used twice");
            }
            String source = f.text(a, p, "source", !fictional);
            citation(f, p + "/source", source, sourceIds);
            attestations.add(new JurisdictionDefinition.Attestation(id, f.text(a, p, "text", true),
                    f.integer(a, p, "withinDays", false, 1, 3650), f.flag(a, p, "evidenceRequired"), source));
        }

        Integer hourMinutes = f.integer(root, "", "hourMinutes", true, 1, 60);
        if (hourMinutes != null && hourMinutes != 50 && hourMinutes != 60) {
            f.problem("/hourMinutes", "an hour is counted as 50 or 60 minutes");
        }
        Integer retention = f.integer(root, "", "certificateRetentionYears", true, 0, 50);
        JurisdictionDefinition.CertificateWording wording = null;
        JsonNode w = root.get("certificateWording");
        if (f.isObject(w, "/certificateWording", "certificateWording")) {
            f.onlyKnown(w, "/certificateWording", WORDING, Map.of());
            wording = new JurisdictionDefinition.CertificateWording(f.text(w, "/certificateWording", "statement", true),
                    List.copyOf(f.texts(w, "/certificateWording", "fields", true)));
        }
        String notes = f.text(root, "", "notes", false);
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new JurisdictionDefinition(code, name, fictional, reviewed, List.copyOf(sources), requirements,
                List.copyOf(attestations), hourMinutes, retention, wording, notes));
    }

    private static void citation(Fields f, String pointer, String source, Set<String> sourceIds) {
        if (source != null && !sourceIds.contains(source)) {
            f.problem(pointer, "the source '" + source + "' is not listed under sources");
        }
    }

    private static LocalDate date(Fields f, JsonNode root, String pointer, String name) {
        String text = f.text(root, "", name, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            f.problem(pointer, "'" + text + "' is not a date written as YYYY-MM-DD");
            return null;
        }
    }

    private static int nonNull(Integer value) {
        return value == null ? 0 : value;
    }
}
