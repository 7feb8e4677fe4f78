package academy.triggerpoint.practice;

import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import academy.triggerpoint.catalog.content.PracticalDefinition;
import academy.triggerpoint.catalog.content.JurisdictionParser;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.competency.CompetencyFramework;
import academy.triggerpoint.competency.CompetencyLedger;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.practice.domain.JurisdictionRecords;
import academy.triggerpoint.practice.domain.ObservationRecords;
import academy.triggerpoint.practice.domain.Scope;
import academy.triggerpoint.practice.domain.PracticeRecords;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.PrintableText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdictions where clinicians practise, read from the {@code jurisdictions/} folder, and each
 * clinician's standing in them: eligible to dry needle there, or exactly what is missing. Eligibility
 * is decided by {@link EligibilityRules} from countersigned practical hours and sessions, the licence
 * date, competencies held and in date, and the attestation steps the clinician recorded.
 */
@Service
@Transactional
public class Jurisdictions {

    private static final Logger log = LoggerFactory.getLogger(Jurisdictions.class);
    public static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

    private final JurisdictionRecords records;
    private final PracticeRecords practice;
    private final ObservationRecords observations;
    private final CompetencyLedger competencies;
    private final CourseLibrary library;
    private final StaffDirectory staff;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final PrintableText printable;
    private final Clock clock;
    private final Path folder;
    private final boolean showFictional;
    private volatile JurisdictionParser.Result loaded;
    /** How long a filtered page of the practical matrix may be served from everyone's judged record. */
    static final int SNAPSHOT_SECONDS = 10;

    private record Snapshot(java.time.Instant takenAt, List<StaffPractical> rows) {
    }

    private final Map<Long, Snapshot> snapshots = new java.util.concurrent.ConcurrentHashMap<>();

    Jurisdictions(JurisdictionRecords records, PracticeRecords practice, ObservationRecords observations, CompetencyLedger competencies, CourseLibrary library, StaffDirectory staff,
                  CurrentAccount current, AuditTrail audit, PrintableText printable, Clock clock,
                  @Value("${academy.jurisdictions.folder:jurisdictions}") Path folder,
                  @Value("${academy.jurisdictions.show-fictional:false}") boolean showFictional) {
        this.showFictional = showFictional;
        this.records = records;
        this.practice = practice;
        this.observations = observations;
        this.competencies = competencies;
        this.library = library;
        this.staff = staff;
        this.current = current;
        this.audit = audit;
        this.printable = printable;
        this.clock = clock;
        this.folder = folder;
    }

    /** A clinician's standing in one jurisdiction where they practise. */
    public record Standing(JurisdictionDefinition rules, String licenceNumber, LocalDate licensedSince, Eligibility eligibility,
                           Map<String, LocalDate> attestationsDone) {
    }

    /**
     * The jurisdictions people may choose, by name; empty (and logged with file and line) while a file
     * has a problem. Fictional ones (for tests) only where {@code academy.jurisdictions.show-fictional} is on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<JurisdictionDefinition> all() {
        return result().jurisdictions().stream().filter(j -> showFictional || !j.fictional())
                .sorted(java.util.Comparator.comparing(JurisdictionDefinition::name)).toList();
    }

    /** The problems that keep the jurisdictions folder from loading, with file and line. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public List<Problem> problems() {
        return result().problems();
    }

    private JurisdictionParser.Result result() {
        JurisdictionParser.Result result = loaded;
        if (result == null) {
            CompetencyFramework framework = competencies.framework();
            Set<String> known = framework.competencies().stream().map(CompetencyFramework.Competency::id).collect(Collectors.toSet());
            result = JurisdictionParser.read(folder, known, practicalTitles().keySet());
            result.problems().forEach(p -> log.warn("Jurisdiction file problem: {}", p));
            if (!framework.competencies().isEmpty()) {
                loaded = result; // before the courses have loaded, competencies are unknown: read again later
            }
        }
        return result;
    }

    /** The practicals of the current courses, "course/practical" to title. */
    private Map<String, String> practicalTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        library.currentCourses().forEach(course -> course.practicals().forEach(p ->
                titles.put(PracticalDefinition.reference(course.id(), p.id()), p.title())));
        return titles;
    }

    private JurisdictionDefinition rules(String code) {
        return result().jurisdictions().stream().filter(j -> j.code().equals(code) && (showFictional || !j.fictional())).findFirst()
                .orElseThrow(() -> new InvalidInputException("jurisdiction", "No jurisdiction has the code '" + code + "'."));
    }

    /** The caller's jurisdictions with their eligibility in each. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public List<Standing> mine() {
        return standingsOf(current.id());
    }

    /** Records that the caller practises in a jurisdiction, with the licence they hold there. */
    @PreAuthorize("hasRole('LEARNER')")
    public void register(String code, String licenceNumber, LocalDate licensedSince) {
        JurisdictionDefinition rules = rules(code);
        if (licenceNumber == null || licenceNumber.isBlank() || licenceNumber.strip().length() > 60) {
            throw new InvalidInputException("licenceNumber", "Give your licence number in " + rules.name() + ", at most 60 characters.");
        }
        printable.unprintable(licenceNumber).ifPresent(what -> {
            throw new InvalidInputException("licenceNumber", "The licence number contains " + what + ".");
        });
        if (licensedSince == null || licensedSince.isAfter(today())) {
            throw new InvalidInputException("licensedSince", "Give the date you were first licensed, not in the future.");
        }
        records.save(current.id(), code, licenceNumber.strip(), licensedSince);
        audit.record(current.id(), "jurisdiction-registered", "account:" + current.id(), code);
    }

    @PreAuthorize("hasRole('LEARNER')")
    public void unregister(String code) {
        if (records.remove(current.id(), code)) {
            audit.record(current.id(), "jurisdiction-removed", "account:" + current.id(), code);
        }
    }

    /**
     * Records that the caller completed one of a jurisdiction's attestation steps, on {@code doneOn},
     * with the evidence file when the jurisdiction asks for one.
     */
    @PreAuthorize("hasRole('LEARNER')")
    public void recordAttestation(String code, String attestationId, LocalDate doneOn, String evidenceName, byte[] evidence) {
        JurisdictionDefinition rules = rules(code);
        JurisdictionDefinition.Attestation attestation = rules.attestations().stream().filter(a -> a.id().equals(attestationId))
                .findFirst().orElseThrow(() -> new InvalidInputException("attestation", rules.name() + " has no step '" + attestationId + "'."));
        long me = current.id();
        LocalDate licensed = records.of(Scope.account(me)).stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("jurisdiction", "Add " + rules.name() + " to your jurisdictions first."))
                .licensedSince();
        if (doneOn == null || doneOn.isAfter(today())) {
            throw new InvalidInputException("doneOn", "Give the date you completed it, not in the future.");
        }
        if (doneOn.isBefore(licensed)) {
            throw new InvalidInputException("doneOn", "The date " + doneOn + " is before you were licensed in " + rules.name() + ".");
        }
        boolean hasFile = evidence != null && evidence.length > 0;
        if (attestation.evidenceRequired() && !hasFile) {
            throw new InvalidInputException("evidence", "Attach the evidence (a PDF or a photo of the document).");
        }
        if (hasFile && evidence.length > MAX_EVIDENCE_BYTES) {
            throw new InvalidInputException("evidence", "The evidence file is larger than 5 MB.");
        }
        String name = hasFile ? (evidenceName == null || evidenceName.isBlank() ? "evidence" : evidenceName.strip()) : null;
        if (name != null && name.length() > 200) {
            name = name.substring(0, 200);
        }
        records.saveAttestation(me, code, attestationId, doneOn, name, hasFile ? evidence : null, clock.instant());
        audit.record(me, "attestation-recorded", "account:" + me, code + "/" + attestationId);
    }

    /** A member of the caller's organisation with their practical record, as the manager's practical matrix shows it. */
    public record StaffPractical(StaffMember member, PracticeTotals totals, List<Standing> standings,
                                 List<PracticalStatus> observed, boolean supervisor) {
    }

    /** Who the manager's practical matrix shows: everyone, or those cleared (or not) in one jurisdiction or any. */
    public record PracticalQuery(String jurisdictionCode, Cleared cleared) {

        public enum Cleared { EVERYONE, CLEARED, NOT_CLEARED }

        public static PracticalQuery everyone() {
            return new PracticalQuery(null, Cleared.EVERYONE);
        }

        /**
         * Whether a person belongs: with a jurisdiction, only people who practise there, judged there;
         * without one, "cleared" means cleared in every jurisdiction they practise in (and at least one).
         */
        boolean matches(List<Standing> standings) {
            List<Standing> relevant = standings.stream()
                    .filter(s -> jurisdictionCode == null || s.rules().code().equals(jurisdictionCode)).toList();
            if (jurisdictionCode != null && relevant.isEmpty()) {
                return false;
            }
            return switch (cleared) {
                case CLEARED -> !relevant.isEmpty() && relevant.stream().allMatch(s -> s.eligibility().eligible());
                case NOT_CLEARED -> relevant.isEmpty() || relevant.stream().anyMatch(s -> !s.eligibility().eligible());
                case EVERYONE -> true;
            };
        }
    }

    /** A page of the practical matrix and how many people match in all. */
    public record PracticalPage(List<StaffPractical> rows, int total) {
    }

    /**
     * One page of the caller's staff with their practical record, by name: countersigned hours by mode,
     * supervised sessions, latest observation of each practical and, per jurisdiction, cleared to needle
     * or what is missing. Everyone's pages are read for the page's people only, live; a filtered page
     * needs everyone judged, which is read in a few set queries over the organisation and kept for
     * {@value #SNAPSHOT_SECONDS} seconds, as the competency matrix keeps its filtered pages.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public PracticalPage myStaffPractical(PracticalQuery query, int offset, int limit) {
        Long org = staff.myOrganisationId().orElse(null);
        if (org == null) {
            return new PracticalPage(List.of(), 0);
        }
        if (query.jurisdictionCode() == null && query.cleared() == PracticalQuery.Cleared.EVERYONE) {
            List<StaffMember> everyone = staff.myStaff();
            List<StaffMember> page = everyone.subList(Math.min(offset, everyone.size()), Math.min(offset + limit, everyone.size()));
            List<Long> ids = page.stream().map(StaffMember::accountId).toList();
            return new PracticalPage(staffPractical(org, page, Scope.accounts(ids), competencies.heldBy(ids)), everyone.size());
        }
        Snapshot snapshot = snapshots.get(org);
        if (snapshot == null || !clock.instant().isBefore(snapshot.takenAt().plusSeconds(SNAPSHOT_SECONDS))) {
            snapshot = new Snapshot(clock.instant(), everyoneOf(org));
            snapshots.put(org, snapshot);
        }
        List<StaffPractical> matching = snapshot.rows().stream().filter(r -> query.matches(r.standings())).toList();
        return new PracticalPage(matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size())),
                matching.size());
    }

    /** The standing in every jurisdiction of each member of the caller's organisation. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public Map<Long, List<Standing>> ofMyStaff() {
        return staff.myOrganisationId().map(org -> {
            Scope scope = Scope.organisation(org);
            return standings(scope, competencies.heldByMembersOf(org), practice.totals(scope), observations.statuses(scope));
        }).orElse(Map.of());
    }

    private List<StaffPractical> everyoneOf(long org) {
        return staffPractical(org, staff.myStaff(), Scope.organisation(org), competencies.heldByMembersOf(org));
    }

    /** The practical record of {@code members}, read for {@code scope} (which covers them). */
    private List<StaffPractical> staffPractical(long org, List<StaffMember> members, Scope scope, Map<Long, Set<String>> held) {
        Map<Long, PracticeTotals> totals = practice.totals(scope);
        List<PracticalStatus> statuses = observations.statuses(scope);
        Map<Long, List<Standing>> standings = standings(scope, held, totals, statuses);
        Map<Long, Map<String, PracticalStatus>> latest = new java.util.HashMap<>();
        statuses.forEach(o -> latest.computeIfAbsent(o.accountId(), k -> new java.util.TreeMap<>())
                .put(o.reference(), o)); // oldest first: the latest of each practical stays
        Set<Long> supervisors = Set.copyOf(staff.supervisorIdsOf(org));
        return members.stream().map(m -> new StaffPractical(m, totals.getOrDefault(m.accountId(), PracticeTotals.NONE),
                standings.getOrDefault(m.accountId(), List.of()),
                List.copyOf(latest.getOrDefault(m.accountId(), Map.of()).values()), supervisors.contains(m.accountId()))).toList();
    }

    /**
     * The practical record of the caller's staff as a spreadsheet: one row per person and jurisdiction
     * (a person with none gets one row), with hours, sessions and whether they are cleared to needle
     * there or what is missing. Cells that a spreadsheet would run as a formula are defused.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public byte[] exportMyStaff() {
        var schema = tools.jackson.dataformat.csv.CsvSchema.builder().addColumn("name").addColumn("email")
                .addColumn("online_theory_hours").addColumn("in_person_hours").addColumn("supervised_sessions")
                .addColumn("observed_in_date").addColumn("jurisdiction").addColumn("licence")
                .addColumn("cleared_to_needle").addColumn("missing").build().withHeader();
        LocalDate today = today();
        List<Map<String, String>> rows = new ArrayList<>();
        List<StaffPractical> everyone = staff.myOrganisationId().map(this::everyoneOf).orElse(List.of());
        for (StaffPractical r : everyone) {
            PracticeTotals t = r.totals();
            List<Standing> each = r.standings().isEmpty() ? java.util.Collections.singletonList(null) : r.standings();
            for (Standing s : each) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("name", academy.triggerpoint.shared.SpreadsheetCells.cell(r.member().fullName()));
                row.put("email", academy.triggerpoint.shared.SpreadsheetCells.cell(r.member().email()));
                row.put("online_theory_hours", t.hours(PracticeMode.ONLINE_THEORY).stripTrailingZeros().toPlainString());
                row.put("in_person_hours", t.inPersonHours().stripTrailingZeros().toPlainString());
                row.put("supervised_sessions", String.valueOf(t.supervisedSessions()));
                row.put("observed_in_date", academy.triggerpoint.shared.SpreadsheetCells.cell(String.join("; ",
                        r.observed().stream().filter(o -> o.holdsOn(today)).map(PracticalStatus::title).toList())));
                row.put("jurisdiction", s == null ? "" : s.rules().name());
                row.put("licence", s == null ? "" : academy.triggerpoint.shared.SpreadsheetCells.cell(s.licenceNumber()));
                row.put("cleared_to_needle", s == null ? "" : s.eligibility().eligible() ? "yes" : "no");
                row.put("missing", s == null ? "" : String.join("; ", s.eligibility().missing()));
                rows.add(row);
            }
        }
        return tools.jackson.dataformat.csv.CsvMapper.builder().build().writer(schema).writeValueAsBytes(rows);
    }

    /** One account's standings, for callers in this module that checked already who may read them. */
    List<Standing> standingsOf(long accountId) {
        Scope scope = Scope.account(accountId);
        return standings(scope, competencies.heldBy(List.of(accountId)), practice.totals(scope), observations.statuses(scope))
                .getOrDefault(accountId, List.of());
    }

    /** The earliest date the account was licensed anywhere it practises; practical entries cannot predate it. */
    Optional<LocalDate> firstLicensedOn(long accountId) {
        return records.firstLicensedOn(accountId);
    }

    /**
     * Everyone's standings in scope, from the competencies they hold, their countersigned totals and
     * their observations (read once by the caller, who often shows them too) and the registrations.
     */
    private Map<Long, List<Standing>> standings(Scope scope, Map<Long, Set<String>> held, Map<Long, PracticeTotals> totals,
                                                List<PracticalStatus> statuses) {
        Map<String, JurisdictionDefinition> byCode = result().jurisdictions().stream()
                .collect(Collectors.toMap(JurisdictionDefinition::code, j -> j));
        List<JurisdictionRecords.Registration> registrations = records.of(scope);
        if (registrations.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<JurisdictionRecords.AttestationDone>> attestations = records.attestations(scope);
        LocalDate today = today();
        Map<Long, Set<String>> observed = statuses.stream().filter(o -> o.holdsOn(today))
                .collect(Collectors.groupingBy(PracticalStatus::accountId, Collectors.mapping(PracticalStatus::reference, Collectors.toSet())));
        Map<String, String> practicalTitles = practicalTitles();
        CompetencyFramework framework = competencies.framework();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> safety = new LinkedHashMap<>();
        framework.competencies().forEach(c -> {
            titles.put(c.id(), c.title());
            if (c.safetyCritical()) {
                safety.put(c.id(), c.title());
            }
        });
        Map<Long, List<Standing>> result = new LinkedHashMap<>();
        for (JurisdictionRecords.Registration reg : registrations) {
            JurisdictionDefinition rules = byCode.get(reg.code());
            if (rules == null || (rules.fictional() && !showFictional)) {
                continue; // a jurisdiction file removed since, or one for tests only: nothing to judge against
            }
            PracticeTotals t = totals.getOrDefault(reg.accountId(), PracticeTotals.NONE);
            Map<String, LocalDate> done = new LinkedHashMap<>();
            attestations.getOrDefault(reg.accountId(), List.of()).stream().filter(a -> a.code().equals(reg.code()))
                    .forEach(a -> done.put(a.attestationId(), a.doneOn()));
            EligibilityRules.Evidence evidence = new EligibilityRules.Evidence(t.hours(PracticeMode.ONLINE_THEORY), t.inPersonHours(),
                    t.supervisedSessions(), reg.licensedSince(), held.getOrDefault(reg.accountId(), Set.of()), safety, titles, done,
                    observed.getOrDefault(reg.accountId(), Set.of()), practicalTitles);
            result.computeIfAbsent(reg.accountId(), k -> new ArrayList<>()).add(new Standing(rules, reg.licenceNumber(),
                    reg.licensedSince(), EligibilityRules.evaluate(rules, evidence, today), Map.copyOf(done)));
        }
        return result;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
