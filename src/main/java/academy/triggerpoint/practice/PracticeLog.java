package academy.triggerpoint.practice;

import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.practice.domain.PracticeRecords;
import academy.triggerpoint.practice.domain.Scope;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practical training log. A clinician records what they did (never who the patient was); the
 * supervisor they name, who must supervise in their organisation, countersigns or returns it. A
 * countersigned entry is immutable, with who signed, when and the SHA-256 of what was signed; a
 * correction is a new entry naming the old one, which stops counting once the correction is signed.
 */
@Service
@Transactional
public class PracticeLog {

    public static final int MAX_NOTE = 300;
    public static final int MAX_TRAINING = 200;
    public static final int MAX_SESSIONS_PER_ENTRY = 50;
    private static final BigDecimal DAY = BigDecimal.valueOf(24);

    private final PracticeRecords records;
    private final StaffDirectory staff;
    private final Jurisdictions jurisdictions;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final Clock clock;
    private final academy.triggerpoint.catalog.CourseLibrary library;

    PracticeLog(PracticeRecords records, StaffDirectory staff, Jurisdictions jurisdictions, CurrentAccount current,
                AuditTrail audit, Clock clock, academy.triggerpoint.catalog.CourseLibrary library) {
        this.library = library;
        this.records = records;
        this.staff = staff;
        this.jurisdictions = jurisdictions;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The body regions an entry may cover, id to label: the built-in list and those the current courses add. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, String> bodyRegions() {
        return BodyRegions.with(library.currentCourses());
    }

    /** The caller's log, newest first, with its running totals and the supervisors they may name. */
    public record MyLog(List<PracticeEntry> entries, PracticeTotals totals, List<StaffMember> supervisors) {
    }

    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public MyLog mine() {
        List<PracticeEntry> entries = records.ofAccount(current.id());
        return new MyLog(entries, PracticeTotals.of(entries), staff.supervisorsOfMyOrganisation());
    }

    /**
     * Records an entry for the caller, waiting for the named supervisor's countersignature; refused,
     * with the field and what to do, when anything is wrong, and then nothing is stored.
     *
     * @return the new entry's id
     */
    @PreAuthorize("hasRole('LEARNER')")
    public long record(NewPracticeEntry entry) {
        long me = current.id();
        Long organisation = staff.callerOrganisationId().orElseThrow(() -> new InvalidInputException("supervisor",
                "Entries are countersigned by a supervisor of your organisation: join your clinic's organisation first."));
        check(entry, me, organisation);
        List<String> regions = entry.regions().stream().sorted().toList();
        String training = entry.training().strip();
        String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        BigDecimal hours = entry.hours().stripTrailingZeros();
        String hash = contentHash(me, entry.date(), hours, entry.mode(), training, regions, entry.sessions(), entry.supervisorId(),
                note, entry.corrects());
        long id = records.insert(new PracticeRecords.Insert(me, organisation, entry.date(), hours, entry.mode(), training, regions,
                entry.sessions(), entry.supervisorId(), note, entry.corrects(), clock.instant(), hash));
        audit.record(me, entry.corrects() == null ? "practice-logged" : "practice-corrected", "practice:" + id,
                entry.corrects() == null ? null : "corrects practice:" + entry.corrects());
        return id;
    }

    private void check(NewPracticeEntry entry, long me, long organisation) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (entry.date() == null) {
            throw new InvalidInputException("date", "Give the date of the training.");
        }
        if (entry.date().isAfter(today)) {
            throw new InvalidInputException("date", "The date " + entry.date() + " is in the future: log training once it has happened.");
        }
        Optional<LocalDate> licensed = jurisdictions.firstLicensedOn(me);
        if (licensed.isPresent() && entry.date().isBefore(licensed.get())) {
            throw new InvalidInputException("date", "The date " + entry.date() + " is before you were first licensed ("
                    + licensed.get() + ", from your jurisdictions).");
        }
        if (entry.hours() == null || entry.hours().signum() <= 0) {
            throw new InvalidInputException("hours", "Give the hours of training, more than 0.");
        }
        if (entry.hours().scale() > 2 || entry.hours().compareTo(DAY) > 0) {
            throw new InvalidInputException("hours", "Hours must be at most 24, to two decimals.");
        }
        BigDecimal logged = records.hoursOn(me, entry.date());
        if (entry.corrects() == null && logged.add(entry.hours()).compareTo(DAY) > 0) {
            throw new InvalidInputException("hours", "With " + logged.stripTrailingZeros().toPlainString() + " hours logged on "
                    + entry.date() + " already, this would make more than 24 hours in one day.");
        }
        if (entry.mode() == null) {
            throw new InvalidInputException("mode", "Choose how the training was given.");
        }
        if (entry.training() == null || entry.training().isBlank() || entry.training().length() > MAX_TRAINING) {
            throw new InvalidInputException("training", "Name the course or workshop, in at most " + MAX_TRAINING + " characters.");
        }
        if (entry.regions() == null || entry.regions().isEmpty()) {
            throw new InvalidInputException("regions", "Choose at least one body region.");
        }
        Map<String, String> known = bodyRegions();
        entry.regions().stream().filter(r -> !known.containsKey(r)).findFirst().ifPresent(r -> {
            throw new InvalidInputException("regions", "'" + r + "' is not one of the body regions.");
        });
        if (entry.sessions() < 0 || entry.sessions() > MAX_SESSIONS_PER_ENTRY) {
            throw new InvalidInputException("sessions", "Supervised sessions must be between 0 and " + MAX_SESSIONS_PER_ENTRY + ".");
        }
        if (entry.mode() == PracticeMode.SUPERVISED_NEEDLING && entry.sessions() == 0) {
            throw new InvalidInputException("sessions", "Supervised clinical needling needs the number of supervised patient sessions.");
        }
        if (entry.mode() != PracticeMode.SUPERVISED_NEEDLING && entry.sessions() > 0) {
            throw new InvalidInputException("sessions", "Supervised sessions belong to supervised clinical needling: choose that mode.");
        }
        if (entry.supervisorId() == null) {
            throw new InvalidInputException("supervisor", "Name the supervisor who will countersign this entry.");
        }
        if (entry.supervisorId() == me) {
            throw new InvalidInputException("supervisor", "You cannot countersign your own entry: name another supervisor.");
        }
        if (!staff.isSupervisorOf(entry.supervisorId(), organisation)) {
            throw new InvalidInputException("supervisor", "Name a supervisor of your own organisation.");
        }
        checkFreeText("training", entry.training());
        if (entry.note() != null && entry.note().length() > MAX_NOTE) {
            throw new InvalidInputException("note", "The note is longer than " + MAX_NOTE + " characters.");
        }
        checkFreeText("note", entry.note());
        if (entry.corrects() != null) {
            PracticeEntry old = records.find(entry.corrects()).filter(e -> e.accountId() == me)
                    .orElseThrow(() -> new InvalidInputException("corrects", "Only your own entries can be corrected."));
            if (old.status() == PracticeEntry.Status.SUBMITTED) {
                throw new InvalidInputException("corrects", "That entry is still waiting for its supervisor; ask them to return it first.");
            }
            if (records.correctionExists(old.id())) {
                throw new InvalidInputException("corrects", "That entry has a correction already.");
            }
        }
    }

    private static void checkFreeText(String field, String text) {
        PatientIdentifiers.find(text).ifPresent(what -> {
            throw new InvalidInputException(field, "This looks like it contains " + what
                    + ". The log must not identify patients: leave out dates of birth, record numbers and contact details.");
        });
    }

    /** The entries waiting for the caller's countersignature, oldest first. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<PracticeEntry> awaitingMySignature() {
        return staff.callerOrganisationId().map(org -> records.awaiting(org, current.id())).orElse(List.of());
    }

    /** Countersigns an entry the caller was named for: from now on it counts and never changes. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public PracticeEntry countersign(long entryId) {
        PracticeEntry entry = decidable(entryId);
        String again = contentHash(entry.accountId(), entry.date(), entry.hours().stripTrailingZeros(), entry.mode(), entry.training(),
                entry.regions(), entry.sessions(), entry.supervisorId(), entry.note(), entry.corrects());
        if (!again.equals(entry.contentHash())) {
            throw new IllegalStateException("Practice entry " + entryId + " does not match the hash it was stored with");
        }
        decide(entry, PracticeEntry.Status.COUNTERSIGNED, null);
        return records.find(entryId).orElseThrow();
    }

    /** Returns an entry to its author with a comment saying what to correct; it does not count. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public PracticeEntry returnEntry(long entryId, String comment) {
        if (comment == null || comment.isBlank() || comment.length() > 500) {
            throw new InvalidInputException("comment", "Say what should be corrected, in at most 500 characters.");
        }
        checkFreeText("comment", comment);
        decide(decidable(entryId), PracticeEntry.Status.RETURNED, comment.strip());
        return records.find(entryId).orElseThrow();
    }

    private PracticeEntry decidable(long entryId) {
        records.lock(entryId);
        long me = current.id();
        Long organisation = staff.callerOrganisationId().orElse(null);
        PracticeEntry entry = records.find(entryId).filter(e -> organisation != null && staff.colleague(e.accountId()).isPresent())
                .orElseThrow(() -> new NotFoundException("No such entry in your organisation."));
        if (entry.accountId() == me) {
            throw new AccessDeniedException("Nobody countersigns their own entry.");
        }
        if (entry.supervisorId() == null || entry.supervisorId() != me) {
            throw new AccessDeniedException("This entry names another supervisor.");
        }
        if (entry.status() != PracticeEntry.Status.SUBMITTED) {
            throw new InvalidInputException("entry", "This entry was " + entry.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " already.");
        }
        return entry;
    }

    private void decide(PracticeEntry entry, PracticeEntry.Status status, String comment) {
        if (!records.decide(entry.id(), status, current.id(), clock.instant(), comment)) {
            throw new InvalidInputException("entry", "This entry was decided already.");
        }
        audit.record(current.id(), status == PracticeEntry.Status.COUNTERSIGNED ? "practice-countersigned" : "practice-returned",
                "practice:" + entry.id(), "sha256:" + entry.contentHash());
    }

    /** The practical totals of the staff of the caller's organisation, by account (for the manager's matrix). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public Map<Long, PracticeTotals> totalsOfMyStaff() {
        return staff.myOrganisationId().map(org -> records.totals(Scope.organisation(org))).orElse(Map.of());
    }

    /** One staff member's log, for their manager. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<PracticeEntry> logOfMyStaffMember(long accountId) {
        if (!staff.isMine(accountId)) {
            throw new NotFoundException("No such person in your organisation.");
        }
        return records.ofAccount(accountId);
    }

    /** SHA-256 of what an entry says, in one canonical line: what a countersignature vouches for. */
    static String contentHash(long accountId, LocalDate date, BigDecimal hours, PracticeMode mode, String training,
                              List<String> regions, int sessions, Long supervisorId, String note, Long corrects) {
        return sha256(String.join("\u001f", String.valueOf(accountId), date.toString(), hours.toPlainString(), mode.name(),
                training, String.join(",", regions), String.valueOf(sessions), String.valueOf(supervisorId),
                note == null ? "" : note, corrects == null ? "" : corrects.toString()));
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
