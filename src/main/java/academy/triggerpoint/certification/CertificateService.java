package academy.triggerpoint.certification;

import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.shared.CurrentAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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

    private final CertificateRepository certificates;
    private final CurrentAccount current;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, CurrentAccount current, Clock clock) {
        this.certificates = certificates;
        this.current = current;
        this.clock = clock;
    }

    /** The caller's certificates, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CertificateSummary> mine() {
        return certificates.findByAccountIdOrderByIssuedAtDescIdDesc(current.id()).stream()
                .map(c -> new CertificateSummary(c.getCode(), c.getCourseTitle(), c.getCourseVersion(), c.getCompletedAt(),
                        c.getIssuedAt(), c.getExpiresAt(), c.getCeHours(), status(c)))
                .toList();
    }

    /** The PDF of one of the caller's own certificates; empty for any other code. */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> myPdf(String code) {
        return CertificateCodes.normalise(code).flatMap(certificates::findByCode)
                .filter(c -> c.getAccountId() == current.id())
                .map(Certificate::getPdf);
    }

    /** Verifies a certificate by the code printed on it (as typed or scanned); anyone may ask. */
    @PreAuthorize("permitAll()")
    public Verification verify(String typedCode) {
        return CertificateCodes.normalise(typedCode).flatMap(certificates::findByCode)
                .map(c -> new Verification(status(c), c.getCode(), c.getLearnerName(), c.getCourseTitle(),
                        c.getCourseVersion(), date(c.getCompletedAt()), date(c.getIssuedAt()), date(c.getExpiresAt()),
                        c.getCeHours(), date(c.getRevokedAt())))
                .orElseGet(Verification::notFound);
    }

    private String status(Certificate c) {
        if (c.getStatus() == Certificate.Status.VALID && c.getExpiresAt() != null
                && !clock.instant().isBefore(c.getExpiresAt())) {
            return "EXPIRED";
        }
        return c.getStatus().name();
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
