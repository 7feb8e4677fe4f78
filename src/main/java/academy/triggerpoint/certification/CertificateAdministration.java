package academy.triggerpoint.certification;

import academy.triggerpoint.catalog.CourseCompleted;
import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.certification.domain.PendingCertificates;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For administrators: find certificates, revoke one with a reason, and reissue one after a name
 * correction (the old one is superseded and verifies as such). Every change is audit-logged.
 */
@Service
public class CertificateAdministration {

    private final CertificateRepository certificates;
    private final CertificateIssuer issuer;
    private final AuditTrail audit;
    private final CurrentAccount current;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PendingCertificates pending;
    private final AccountDirectory directory;

    CertificateAdministration(CertificateRepository certificates, CertificateIssuer issuer, AuditTrail audit,
                              CurrentAccount current, PlatformTransactionManager transactions, Clock clock,
                              PendingCertificates pending, AccountDirectory directory) {
        this.certificates = certificates;
        this.issuer = issuer;
        this.audit = audit;
        this.current = current;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.pending = pending;
        this.directory = directory;
    }

    /** Every completion whose certificate could not be issued yet, most recent failure first, with the reason. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PendingCertificate> pending() {
        return pending.all().stream().map(p -> new PendingCertificate(p.issueKey(),
                directory.certificateHolder(p.accountId()).map(h -> h.fullName()).orElse("(account removed)"),
                p.courseTitle(), p.completedAt(), p.reason(), p.failedAt())).toList();
    }

    /**
     * Tries to issue a pending certificate again (after the fonts or the learner's name changed).
     *
     * @return true when it was issued now; false when it is still pending (with the new reason)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean tryAgain(String issueKey) {
        PendingCertificates.Pending p = pending.find(issueKey)
                .orElseThrow(() -> new NotFoundException("No pending certificate " + issueKey + "."));
        boolean issued = issuer.retry(p).isPresent();
        transaction.executeWithoutResult(tx -> audit.record(current.id(), "certificate-retried", "account:" + p.accountId(),
                p.courseId() + (issued ? " issued" : " still pending")));
        return issued;
    }

    /** Up to 200 certificates whose learner, course or code contains the text, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CertificateRecord> search(String text) {
        return transaction.execute(tx -> certificates.search(text == null ? "" : text.strip(), PageRequest.of(0, 200))
                .stream().map(CertificateAdministration::record).toList());
    }

    /**
     * Revokes a valid certificate. The reason stays internal; the public page shows the date only.
     *
     * @throws InvalidInputException when the reason is empty or the certificate is not valid
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CertificateRecord revoke(String code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Give the reason for revoking; it is kept in the audit trail.");
        }
        return transaction.execute(tx -> {
            Certificate certificate = valid(code);
            certificate.revoke(clock.instant(), reason.strip());
            audit.record(current.id(), "certificate-revoked", "certificate:" + certificate.getCode(), reason.strip());
            return record(certificate);
        });
    }

    /**
     * Supersedes a valid certificate and issues a new one with the learner's current name and
     * registration (after a name correction). Returns the new certificate.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CertificateRecord reissue(String code) {
        CourseCompleted completion = transaction.execute(tx -> {
            Certificate old = valid(code);
            old.supersede();
            audit.record(current.id(), "certificate-superseded", "certificate:" + old.getCode(), "reissued");
            return new CourseCompleted(old.getAccountId(), old.getCourseId(), old.getVersionId(), old.getCompletedAt());
        });
        Certificate replacement = issuer.issue(completion)
                .orElseThrow(() -> new IllegalStateException("The replacement certificate was issued by another request."));
        transaction.executeWithoutResult(tx -> audit.record(current.id(), "certificate-issued",
                "certificate:" + replacement.getCode(), "replaces " + code));
        return record(replacement);
    }

    private Certificate valid(String code) {
        Certificate certificate = CertificateCodes.normalise(code).flatMap(certificates::findByCode)
                .orElseThrow(() -> new NotFoundException("There is no certificate " + code + "."));
        if (certificate.getStatus() != Certificate.Status.VALID) {
            throw new InvalidInputException(null, "Certificate " + certificate.getCode() + " is "
                    + certificate.getStatus().name().toLowerCase() + "; only a valid certificate can change.");
        }
        return certificate;
    }

    private static CertificateRecord record(Certificate c) {
        return new CertificateRecord(c.getCode(), c.getAccountId(), c.getLearnerName(), c.getCourseTitle(),
                c.getCourseVersion(), c.getCompletedAt(), c.getIssuedAt(), c.getExpiresAt(), c.getCeHours(),
                c.getStatus().name(), c.getRevokedReason());
    }
}
