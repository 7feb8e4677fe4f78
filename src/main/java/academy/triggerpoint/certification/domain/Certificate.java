package academy.triggerpoint.certification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An issued certificate: what it certifies, exactly as printed (so later profile or course changes
 * never alter it), its status, and the PDF with its SHA-256 so an uploaded file can be checked.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public enum Status { VALID, REVOKED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String issueKey;
    private Long accountId;
    private String courseId;
    private Long versionId;
    private String contentHash;
    private String courseTitle;
    private String courseVersion;
    private String learnerName;
    private String licenceNumber;
    private String jurisdiction;
    private BigDecimal ceHours;
    private String deliveryMode;
    private Instant completedAt;
    private Instant issuedAt;
    private Instant expiresAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private Instant revokedAt;
    private String revokedReason;
    private byte[] pdf;
    private String pdfSha256;

    protected Certificate() {
    }

    /** A valid certificate for one completion; {@code issueKey} makes it the only one for that completion. */
    public Certificate(String code, String issueKey, Long accountId, String courseId, Long versionId, String contentHash,
                       String courseTitle, String courseVersion, String learnerName, String licenceNumber,
                       String jurisdiction, BigDecimal ceHours, String deliveryMode, Instant completedAt,
                       Instant issuedAt, Instant expiresAt) {
        this.code = code;
        this.issueKey = issueKey;
        this.accountId = accountId;
        this.courseId = courseId;
        this.versionId = versionId;
        this.contentHash = contentHash;
        this.courseTitle = courseTitle;
        this.courseVersion = courseVersion;
        this.learnerName = learnerName;
        this.licenceNumber = licenceNumber;
        this.jurisdiction = jurisdiction;
        this.ceHours = ceHours;
        this.deliveryMode = deliveryMode;
        this.completedAt = completedAt;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.status = Status.VALID;
    }

    /** Revoked with a reason an administrator gave; the public page shows only the date. */
    public void revoke(Instant at, String reason) {
        this.status = Status.REVOKED;
        this.revokedAt = at;
        this.revokedReason = reason;
    }

    /** Replaced by a corrected certificate: it frees its completion's issue key for the new one. */
    public void supersede() {
        this.status = Status.SUPERSEDED;
        this.issueKey = null;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public void attachPdf(byte[] bytes, String sha256) {
        this.pdf = bytes;
        this.pdfSha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCourseId() {
        return courseId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getCourseVersion() {
        return courseVersion;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public BigDecimal getCeHours() {
        return ceHours;
    }

    public String getDeliveryMode() {
        return deliveryMode;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }
}
