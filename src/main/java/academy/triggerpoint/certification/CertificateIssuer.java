package academy.triggerpoint.certification;

import academy.triggerpoint.catalog.CourseCompleted;
import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.certification.pdf.CertificateContent;
import academy.triggerpoint.certification.pdf.CertificatePdf;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.CertificateHolder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a certificate for each recorded course completion, exactly once. The event is handled
 * after the completion commits, in its own transaction, so a certificate problem never undoes a
 * learner's result; and because the completion itself is durable (recorded on the enrolment), a
 * completion whose event was lost (the server stopped in between) is found and issued at the next
 * start and by a periodic sweep. A unique issue key makes a second issue impossible, whichever node
 * or retry tries it.
 */
@Component
class CertificateIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIssuer.class);

    private final CertificateRepository certificates;
    private final CourseCompletions completions;
    private final AccountDirectory directory;
    private final SigningKeys keys;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String baseUrl;

    CertificateIssuer(CertificateRepository certificates, CourseCompletions completions, AccountDirectory directory,
                      SigningKeys keys, PlatformTransactionManager transactions, Clock clock,
                      @Value("${academy.base-url:http://localhost:8080}") String baseUrl) {
        this.certificates = certificates;
        this.completions = completions;
        this.directory = directory;
        this.keys = keys;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(CourseCompleted completion) {
        try {
            issue(completion);
        } catch (RuntimeException e) {
            LOG.warn("Certificate for {} not issued yet; the next sweep retries it", key(completion), e);
        }
    }

    /** Issues every recorded completion that has no certificate yet. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${academy.certificates.sweep-interval:PT10M}",
            initialDelayString = "${academy.certificates.sweep-interval:PT10M}")
    void issueMissing() {
        Set<String> issued = certificates.findAllIssueKeys();
        for (CourseCompleted completion : completions.recorded()) {
            if (!issued.contains(key(completion))) {
                try {
                    issue(completion);
                } catch (RuntimeException e) {
                    LOG.warn("Certificate for {} not issued; will retry", key(completion), e);
                }
            }
        }
    }

    /** The certificate for a completion, issuing it unless it exists; empty if another node won the race. */
    Optional<Certificate> issue(CourseCompleted completion) {
        String key = key(completion);
        try {
            return Optional.ofNullable(ownTransaction.execute(tx -> {
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
                byte[] pdf = keys.signer().sign(CertificatePdf.render(content(certificate, course)), now);
                certificate.attachPdf(pdf, sha256(pdf));
                return certificates.saveAndFlush(certificate);
            }));
        } catch (DataIntegrityViolationException raced) {
            return Optional.empty();
        }
    }

    /**
     * Renders and signs a certificate again with the current key, keeping its code, its data and the
     * hash of the file it replaces (so a copy downloaded earlier still verifies). The new file is
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
        byte[] pdf = keys.signer().sign(CertificatePdf.render(content(certificate, course)), now);
        String previous = certificate.getPdfSha256();
        if (certificates.replaceFile(certificateId, previous, pdf, sha256(pdf)) == 0) {
            return false;
        }
        certificates.keepPreviousFile(certificateId, previous, now);
        return true;
    }

    private CertificateContent content(Certificate c, CourseDefinition course) {
        return new CertificateContent(c.getLearnerName(), c.getLicenceNumber(), c.getJurisdiction(), c.getCourseTitle(),
                c.getCourseVersion(), c.getContentHash(), date(c.getCompletedAt()), c.getCeHours().stripTrailingZeros()
                .toPlainString(), deliveryMode(c.getDeliveryMode()), course.objectives().stream().limit(5).toList(),
                course.provider().name(), course.provider().approvals().stream().map(a -> a.body() + " " + a.number()).toList(),
                String.join(", ", course.presenters().stream().map(p -> p.name()
                        + (p.credentials() == null ? "" : " (" + p.credentials() + ")")).toList()),
                c.getCode(), date(c.getIssuedAt()), c.getExpiresAt() == null ? null : date(c.getExpiresAt()),
                baseUrl + "/verify/" + c.getCode());
    }

    static String deliveryMode(String mode) {
        return switch (mode) {
            case "online-self-paced" -> "online, self-paced";
            case "live-online" -> "live online";
            case "in-person" -> "in person";
            default -> mode;
        };
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
