package academy.triggerpoint.certification;

import academy.triggerpoint.shared.PublicAddress;
import academy.triggerpoint.catalog.CourseCompleted;
import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.certification.domain.PendingCertificates;
import academy.triggerpoint.certification.pdf.CertificateContent;
import academy.triggerpoint.certification.pdf.CertificatePdf;
import academy.triggerpoint.certification.pdf.Wording;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.CertificateHolder;
import academy.triggerpoint.people.NameCorrected;
import academy.triggerpoint.shared.SystemTask;
import academy.triggerpoint.shared.i18n.Translations;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a certificate for each recorded course completion, exactly once. The completion's event
 * goes through the event publication registry: it is handled after the completion commits, in its
 * own thread and transaction as the system, so a certificate problem never undoes a learner's
 * result, and a completion whose certificate was not issued when the server stopped is resubmitted
 * at the next start. A unique issue key makes a second issue impossible, whichever node or retry
 * tries it. A certificate that cannot be drawn (a character no embedded font has) is recorded as
 * pending with the reason instead of failing again and again; correcting the name, or an
 * administrator, tries again. A certificate is printed in the language its holder chose when it is
 * drawn (issued, reissued or signed again), with the course's title in the course's own language.
 * Its Open Badges credential is signed in the same transaction ({@link CredentialIssuer}), so a
 * certificate never exists without one.
 */
@Component
class CertificateIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIssuer.class);

    private final CertificateRepository certificates;
    private final PendingCertificates pending;
    private final CourseCompletions completions;
    private final AccountDirectory directory;
    private final SigningKeys keys;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final PublicAddress address;
    private final SystemTask system;
    private final Translations translations;
    private final CredentialIssuer credentials;

    CertificateIssuer(CertificateRepository certificates, PendingCertificates pending, CourseCompletions completions,
                      AccountDirectory directory, SigningKeys keys, PlatformTransactionManager transactions, Clock clock,
                      PublicAddress address, SystemTask system, Translations translations,
                      CredentialIssuer credentials) {
        this.credentials = credentials;
        this.certificates = certificates;
        this.pending = pending;
        this.completions = completions;
        this.directory = directory;
        this.keys = keys;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.address = address;
        this.system = system;
        this.translations = translations;
    }

    @ApplicationModuleListener
    void on(CourseCompleted completion) {
        system.run(() -> issue(completion));
    }

    /** A corrected name may now be printable: the person's pending certificates are tried again. */
    @ApplicationModuleListener
    void on(NameCorrected corrected) {
        system.run(() -> pending.of(corrected.accountId()).forEach(this::retry));
    }

    /** Tries a pending certificate again; empty while it still cannot be drawn. */
    Optional<Certificate> retry(PendingCertificates.Pending p) {
        return issue(new CourseCompleted(p.accountId(), p.courseId(), p.versionId(), p.completedAt()));
    }

    /**
     * The certificate for a completion, issuing it unless it exists; empty if another node won the
     * race or the certificate cannot be drawn (then it is recorded as pending with the reason).
     */
    Optional<Certificate> issue(CourseCompleted completion) {
        String key = key(completion);
        try {
            Optional<Certificate> issued = Optional.ofNullable(ownTransaction.execute(tx -> {
                if (certificates.existsByIssueKey(key)) {
                    return null;
                }
                CourseDefinition course = completions.courseOf(completion);
                CertificateHolder holder = directory.certificateHolder(completion.accountId()).orElseThrow();
                Instant now = clock.instant();
                Instant expires = course.validityMonths() == null ? null : completion.completedAt()
                        .atZone(ZoneOffset.UTC).plusMonths(course.validityMonths()).toInstant();
                Certificate certificate = new Certificate(CertificateCodes.next(), key, completion.accountId(),
                        course.id(), completion.versionId(), course.contentHash(), course.title(), course.version(),
                        holder.fullName(), holder.licenceNumber(), holder.jurisdiction(), course.ceContactHours(),
                        course.deliveryMode(), completion.completedAt(), now, expires);
                Wording wording = Wording.of(holder.language(), translations::getTranslation);
                byte[] pdf = keys.signer().sign(draw(certificate, course, wording), now, wording);
                certificate.attachPdf(pdf, sha256(pdf));
                Certificate saved = certificates.saveAndFlush(certificate);
                credentials.sign(saved, course);
                return saved;
            }));
            pending.resolve(key);
            return issued;
        } catch (DataIntegrityViolationException raced) {
            return Optional.empty();
        } catch (NotDrawable problem) {
            pending.record(new PendingCertificates.Pending(key, completion.accountId(), completion.courseId(),
                    completion.versionId(), problem.courseTitle, completion.completedAt(), problem.getMessage(),
                    clock.instant()));
            LOG.warn("Certificate {} is pending: {}", key, problem.getMessage());
            return Optional.empty();
        }
    }

    private byte[] draw(Certificate certificate, CourseDefinition course, Wording wording) {
        try {
            return CertificatePdf.render(content(certificate, course), wording);
        } catch (IllegalArgumentException unprintable) {
            throw new NotDrawable(course.title(), unprintable.getMessage());
        }
    }

    /** A certificate whose content cannot be drawn: the same input fails the same way every time. */
    private static final class NotDrawable extends RuntimeException {
        final String courseTitle;

        NotDrawable(String courseTitle, String reason) {
            super(reason, null, false, false);
            this.courseTitle = courseTitle;
        }
    }

    /**
     * Renders and signs a certificate again with the current key, keeping its code, its data and the
     * hash of the file it replaces (so a copy downloaded earlier still verifies), in the language its
     * holder reads now (English when the account is gone), and signs its Open Badges credential again
     * with the current key (same credential, same status-list index). The new file is
     * written only if the certificate is still valid and unchanged, so a revocation or reissue made
     * meanwhile always wins. Runs in the caller's transaction; false when it was left alone.
     */
    boolean regenerate(long certificateId) {
        Certificate certificate = certificates.findById(certificateId).orElseThrow();
        if (certificate.getStatus() != Certificate.Status.VALID) {
            return false;
        }
        CourseDefinition course = completions.courseOf(new CourseCompleted(certificate.getAccountId(),
                certificate.getCourseId(), certificate.getVersionId(), certificate.getCompletedAt()));
        Instant now = clock.instant();
        Wording wording = Wording.of(directory.certificateHolder(certificate.getAccountId()).map(CertificateHolder::language)
                .orElse(null), translations::getTranslation);
        byte[] pdf = keys.signer().sign(draw(certificate, course, wording), now, wording);
        String previous = certificate.getPdfSha256();
        if (certificates.replaceFile(certificateId, previous, pdf, sha256(pdf)) == 0) {
            return false;
        }
        certificates.keepPreviousFile(certificateId, previous, now);
        credentials.sign(certificates.findById(certificateId).orElseThrow(), course);
        return true;
    }

    private CertificateContent content(Certificate c, CourseDefinition course) {
        return new CertificateContent(c.getLearnerName(), c.getLicenceNumber(), c.getJurisdiction(), c.getCourseTitle(),
                c.getCourseVersion(), c.getContentHash(), date(c.getCompletedAt()), c.getCeHours().stripTrailingZeros()
                .toPlainString(), c.getDeliveryMode(), course.objectives().stream().limit(5).toList(),
                course.provider().name(), course.provider().approvals().stream().map(a -> a.body() + " " + a.number()).toList(),
                String.join(", ", course.presenters().stream().map(p -> p.name()
                        + (p.credentials() == null ? "" : " (" + p.credentials() + ")")).toList()),
                c.getCode(), date(c.getIssuedAt()), c.getExpiresAt() == null ? null : date(c.getExpiresAt()),
                address.of("/verify/" + c.getCode()), course.language() == null ? "en" : course.language());
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String key(CourseCompleted completion) {
        return completion.accountId() + ":" + completion.courseId() + ":" + completion.versionId();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
