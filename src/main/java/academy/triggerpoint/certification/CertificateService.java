package academy.triggerpoint.certification;

import static academy.triggerpoint.shared.SpreadsheetCells.cell;

import academy.triggerpoint.shared.PublicAddress;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCard;
import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.certification.domain.PendingCertificates;
import academy.triggerpoint.certification.pdf.TranscriptPdf;
import academy.triggerpoint.certification.pdf.Wording;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.CertificateHolder;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.i18n.LocalFormats;
import academy.triggerpoint.shared.i18n.Translations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.DeliveryMode;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's certificates and the public verification of any certificate by its code. A learner
 * reaches only their own certificates: another person's code finds nothing, exactly like a wrong one.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema TRANSCRIPT_COLUMNS = CsvSchema.builder()
            .addColumn("learner_name").addColumn("licence_number").addColumn("jurisdiction")
            .addColumn("course").addColumn("version").addColumn("completed").addColumn("ce_hours")
            .addColumn("delivery_mode").addColumn("status").addColumn("certificate_code").addColumn("verification_url")
            .build().withHeader();

    /** Learners are told this many days before a certificate expires (and again at 60 and 30). */
    static final int EXPIRY_WARNING_DAYS = 90;

    private final CertificateRepository certificates;
    private final VerificationThrottle throttle;
    private final SigningKeys keys;
    private final CatalogService catalog;
    private final AccountDirectory directory;
    private final StaffDirectory staff;
    private final CourseLibrary library;
    private final CurrentAccount current;
    private final Clock clock;
    private final PublicAddress address;
    private final PendingCertificates pending;
    private final org.springframework.beans.factory.ObjectProvider<PracticalRecord> practical;
    private final Translations translations;

    CertificateService(CertificateRepository certificates, VerificationThrottle throttle, SigningKeys keys,
                       CatalogService catalog,
                       AccountDirectory directory, StaffDirectory staff, CourseLibrary library,
                       CurrentAccount current, Clock clock, PublicAddress address,
                       PendingCertificates pending, org.springframework.beans.factory.ObjectProvider<PracticalRecord> practical,
                       Translations translations) {
        this.practical = practical;
        this.translations = translations;
        this.certificates = certificates;
        this.throttle = throttle;
        this.keys = keys;
        this.catalog = catalog;
        this.directory = directory;
        this.staff = staff;
        this.library = library;
        this.current = current;
        this.clock = clock;
        this.address = address;
        this.pending = pending;
    }

    /** The caller's CE transcript: certificates that count, with totals per year and per course. */
    @PreAuthorize("isAuthenticated()")
    public Transcript transcript() {
        List<Transcript.Entry> entries = new ArrayList<>();
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Map<String, BigDecimal> byCourse = new TreeMap<>();
        Map<String, BigDecimal> byDelivery = new java.util.LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        List<Certificate> mine = new ArrayList<>(certificates.findByAccountIdOrderByIssuedAtDescIdDesc(current.id()));
        mine.sort(java.util.Comparator.comparing(Certificate::getCompletedAt));
        Map<String, String> courseLanguages = new java.util.HashMap<>();
        library.currentCourses().forEach(course -> courseLanguages.putIfAbsent(course.id(),
                course.language() == null ? "en" : course.language()));
        for (Certificate c : mine) {
            if (c.getStatus() == Certificate.Status.REVOKED || c.getStatus() == Certificate.Status.SUPERSEDED) {
                continue;
            }
            LocalDate completed = date(c.getCompletedAt());
            entries.add(new Transcript.Entry(c.getCourseTitle(), c.getCourseVersion(), completed, c.getCeHours(),
                    DeliveryMode.label(c.getDeliveryMode()), status(c), c.getCode(), address.of("/verify/" + c.getCode()),
                    courseLanguages.getOrDefault(c.getCourseId(), "en")));
            byYear.merge(completed.getYear(), c.getCeHours(), BigDecimal::add);
            byCourse.merge(c.getCourseTitle(), c.getCeHours(), BigDecimal::add);
            byDelivery.merge(c.getDeliveryMode(), c.getCeHours(), BigDecimal::add);
            total = total.add(c.getCeHours());
        }
        CertificateHolder holder = directory.certificateHolder(current.id())
                .orElse(new CertificateHolder("", null, null, "en"));
        return new Transcript(holder.fullName(), holder.licenceNumber(), holder.jurisdiction(), List.copyOf(entries), byYear,
                byCourse, byDelivery, total, practical.orderedStream().findFirst().flatMap(PracticalRecord::ofCaller));
    }

    /**
     * The caller's transcript as CSV, one row per certificate, for import into a licensing board's
     * forms: each row names the learner and their licence, so a row copied elsewhere still says whose
     * it is. Text cells are guarded against running as spreadsheet formulas.
     */
    @PreAuthorize("isAuthenticated()")
    public String transcriptCsv() {
        Transcript t = transcript();
        List<List<String>> rows = t.entries().stream().map(e -> List.of(cell(t.learnerName()), cell(t.licenceNumber()),
                cell(t.jurisdiction()), cell(e.courseTitle()), cell(e.courseVersion()), e.completedOn().toString(),
                e.ceHours().stripTrailingZeros().toPlainString(), cell(e.deliveryMode()), e.status(), cell(e.code()),
                cell(e.verifyUrl()))).toList();
        return CSV.writer(TRANSCRIPT_COLUMNS).writeValueAsString(rows);
    }

    /** The caller's transcript as a PDF, in the language they chose (English when they chose none). */
    @PreAuthorize("isAuthenticated()")
    public byte[] transcriptPdf() {
        Transcript t = transcript();
        Wording w = Wording.of(directory.certificateHolder(current.id()).map(CertificateHolder::language).orElse(null),
                translations::getTranslation);
        List<TranscriptPdf.Line> lines = t.entries().stream().map(e -> new TranscriptPdf.Line(List.of(
                e.courseTitle() + " (" + e.courseVersion() + ")", e.completedOn().toString(),
                LocalFormats.number(e.ceHours(), w.language()), status(e.status(), w), e.code()), e.courseLanguage())).toList();
        List<String> totals = new ArrayList<>();
        t.hoursByYear().forEach((year, hours) -> totals.add(w.text("certification.pdf.transcript.total", String.valueOf(year),
                hours)));
        t.hoursByCourse().forEach((course, hours) -> totals.add(w.text("certification.pdf.transcript.total", course, hours)));
        t.hoursByDelivery().forEach((mode, hours) -> totals.add(w.text("certification.pdf.transcript.total.delivered",
                w.deliveryMode(mode), hours)));
        totals.add(w.text("certification.pdf.transcript.total.all", t.totalHours()));
        return TranscriptPdf.render(t.learnerName(), w.registration(t.licenceNumber(), t.jurisdiction()),
                "Trigger Point Academy", date(clock.instant()), lines, totals,
                t.practical().map(p -> practicalSections(p, t.totalHours(), w)).orElse(List.of()), w);
    }

    /** A transcript entry's status in words: only certificates that count (valid or expired) are listed. */
    private static String status(String status, Wording w) {
        return switch (status) {
            case "VALID" -> w.text("certification.pdf.transcript.status.valid");
            case "EXPIRED" -> w.text("certification.pdf.transcript.status.expired");
            default -> status.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * The practical record as transcript sections: countersigned hours apart by mode, observed
     * practicals, and one section per board with its hour, wording, fields and retention. The
     * observations, standings and board wording are printed as the practical record gives them.
     */
    static List<TranscriptPdf.Section> practicalSections(PracticalRecord.Summary p, BigDecimal ceHours, Wording w) {
        List<TranscriptPdf.Section> sections = new ArrayList<>();
        sections.add(new TranscriptPdf.Section(w.text("certification.pdf.transcript.practical.title"), List.of(
                w.text("certification.pdf.transcript.practical.online-theory", p.onlineTheoryHours()),
                w.text("certification.pdf.transcript.practical.in-person", p.inPersonCourseHours()),
                w.text("certification.pdf.transcript.practical.supervised", p.supervisedHours(), p.supervisedSessions()))));
        sections.add(new TranscriptPdf.Section(w.text("certification.pdf.transcript.observed.title"),
                p.observations().isEmpty() ? List.of(w.text("certification.pdf.transcript.observed.none")) : p.observations()));
        for (PracticalRecord.Board b : p.boards()) {
            List<String> lines = new ArrayList<>();
            lines.add(w.text("certification.pdf.transcript.board.licence", b.licenceNumber(), b.standing()));
            BigDecimal boardHours = ceHours.multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(b.hourMinutes()), 2,
                    java.math.RoundingMode.DOWN);
            lines.add(w.text("certification.pdf.transcript.board.hour", b.hourMinutes(), ceHours, boardHours));
            lines.add(w.text("certification.pdf.transcript.board.statement", b.statement()));
            lines.add(w.text("certification.pdf.transcript.board.fields", String.join(", ", b.fields())));
            lines.add(w.text("certification.pdf.transcript.board.retention", b.retentionYears()));
            sections.add(new TranscriptPdf.Section(b.name(), lines));
        }
        return sections;
    }

    /** The caller's certificates, newest first, with expiry warnings 90 days ahead and the refresher that renews each. */
    @PreAuthorize("isAuthenticated()")
    public List<CertificateSummary> mine() {
        return summaries(current.id());
    }

    /** The caller's completed courses whose certificate could not be issued yet, with the reason. */
    @PreAuthorize("isAuthenticated()")
    public List<PendingCertificate> myPending() {
        long me = current.id();
        return pending.of(me).stream().map(p -> new PendingCertificate(p.issueKey(), null, p.courseTitle(),
                p.completedAt(), p.reason(), p.failedAt())).toList();
    }

    /** A staff member's certificates, for their manager; empty for anyone outside the manager's organisation. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<CertificateSummary> ofMyStaff(long accountId) {
        return staff.myStaffMember(accountId).map(m -> summaries(accountId)).orElse(List.of());
    }

    /**
     * Every certificate of the caller's organisation's staff, read in chunks and handed to the
     * consumer one at a time (for exports of thousands of staff), without the PDF bytes.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public void forEachOfMyStaff(java.util.function.Consumer<StaffCertificate> consumer) {
        List<Long> ids = staff.myStaff().stream().map(m -> m.accountId()).toList();
        listed(ids, consumer);
    }

    /** The certificates of the given people, for scheduled reminders. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<StaffCertificate> of(java.util.Collection<Long> accountIds) {
        List<StaffCertificate> all = new java.util.ArrayList<>();
        listed(List.copyOf(accountIds), all::add);
        return all;
    }

    private void listed(List<Long> ids, java.util.function.Consumer<StaffCertificate> consumer) {
        for (int i = 0; i < ids.size(); i += 1000) {
            certificates.listedFor(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(c -> consumer.accept(
                    new StaffCertificate(c.getAccountId(), c.getCode(), c.getCourseId(), c.getCourseTitle(),
                            c.getCompletedAt(), c.getIssuedAt(), c.getExpiresAt(), c.getCeHours(),
                            status(c.getStatus(), c.getExpiresAt()), address.of("/verify/" + c.getCode()))));
        }
    }

    private List<CertificateSummary> summaries(long accountId) {
        Map<String, List<CourseDefinition>> renewers = CourseDefinition.renewersIn(library.currentCourses());
        return certificates.findByAccountIdOrderByIssuedAtDescIdDesc(accountId).stream()
                .map(c -> {
                    String status = status(c);
                    Long days = !status.equals("VALID") || c.getExpiresAt() == null ? null
                            : Duration.between(clock.instant(), c.getExpiresAt()).toDays();
                    return new CertificateSummary(c.getCode(), c.getCourseTitle(), c.getCourseVersion(), c.getCompletedAt(),
                            c.getIssuedAt(), c.getExpiresAt(), c.getCeHours(), status,
                            days != null && days <= EXPIRY_WARNING_DAYS ? days : null,
                            renewers.getOrDefault(c.getCourseId(), List.of()).stream().findFirst()
                                    .map(CourseDefinition::title).orElse(null));
                })
                .toList();
    }

    /**
     * The PDF of a certificate the caller may download: their own, or, for a manager, one of their
     * organisation's staff's. Empty for any other code, so a guessed code reveals nothing.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> pdf(String code) {
        return CertificateCodes.normalise(code).flatMap(certificates::findByCode)
                .filter(c -> c.getAccountId() == current.id()
                        || (current.hasRole(Role.MANAGER) && staff.myStaffMember(c.getAccountId()).isPresent()))
                .map(Certificate::getPdf);
    }

    /**
     * Verifies a certificate by the code printed on it (as typed or scanned); anyone may ask, up to
     * {@value VerificationThrottle#LIMIT} times a minute from one address (then RATE_LIMITED).
     */
    @PreAuthorize("permitAll()")
    public Verification verify(String typedCode, String clientAddress) {
        if (!throttle.tryAcquire(clientAddress)) {
            return new Verification("RATE_LIMITED", null, null, null, null, null, null, null, null, null);
        }
        return verify(typedCode);
    }

    /**
     * Checks an uploaded PDF: the verification of the certificate whose exact bytes these are
     * (SHA-256), or NOT_FOUND when we issued no such file (any altered byte gives NOT_FOUND).
     */
    @PreAuthorize("permitAll()")
    public Verification matchUpload(byte[] pdf, String clientAddress) {
        if (!throttle.tryAcquire(clientAddress)) {
            return new Verification("RATE_LIMITED", null, null, null, null, null, null, null, null, null);
        }
        String sha256 = CertificateIssuer.sha256(pdf);
        return certificates.findByPdfSha256(sha256).stream().findFirst()
                .or(() -> certificates.findByPreviousPdfSha256(sha256).stream().findFirst())
                .map(c -> verify(c.getCode())).orElseGet(Verification::notFound);
    }

    /** Who signs certificates and the SHA-256 fingerprint of the signing certificate, for the public page. */
    @PreAuthorize("permitAll()")
    public SigningIdentity signingIdentity() {
        return new SigningIdentity(keys.subject(), keys.fingerprint());
    }

    Verification verify(String typedCode) {
        return CertificateCodes.normalise(typedCode).flatMap(certificates::findByCode)
                .map(c -> new Verification(status(c), c.getCode(), c.getLearnerName(), c.getCourseTitle(),
                        c.getCourseVersion(), date(c.getCompletedAt()), date(c.getIssuedAt()), date(c.getExpiresAt()),
                        c.getCeHours(), date(c.getRevokedAt())))
                .orElseGet(Verification::notFound);
    }

    private String status(Certificate c) {
        return status(c.getStatus(), c.getExpiresAt());
    }

    private String status(Certificate.Status stored, Instant expiresAt) {
        if (stored == Certificate.Status.VALID && expiresAt != null && !clock.instant().isBefore(expiresAt)) {
            return "EXPIRED";
        }
        return stored.name();
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
