package academy.triggerpoint.certification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByIssueKey(String issueKey);

    List<Certificate> findByAccountIdOrderByIssuedAtDescIdDesc(Long accountId);

    List<Certificate> findByPdfSha256(String sha256);

    /** A certificate one of whose earlier files (before it was signed again) has this hash. */
    @Query(value = "select c.* from certificate c join certificate_previous_file p on p.certificate_id = c.id "
            + "where p.pdf_sha256 = :sha256", nativeQuery = true)
    List<Certificate> findByPreviousPdfSha256(String sha256);

    /**
     * Replaces the file of a certificate that is still valid and still has the file it had when it
     * was read; 0 when it was revoked, superseded or replaced meanwhile.
     */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Certificate c set c.pdf = :pdf, c.pdfSha256 = :sha256
            where c.id = :id and c.status = 'VALID' and c.pdfSha256 = :previous""")
    int replaceFile(Long id, String previous, byte[] pdf, String sha256);

    /** Keeps the hash of a file that is about to be replaced. */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "insert into certificate_previous_file (certificate_id, pdf_sha256, replaced_at) values (:id, :sha256, :at)",
            nativeQuery = true)
    int keepPreviousFile(Long id, String sha256, java.time.Instant at);

    /** Course id and title of every course with valid certificates, by title. */
    @Query("select distinct c.courseId, c.courseTitle from Certificate c where c.status = 'VALID' order by c.courseTitle")
    List<Object[]> coursesWithValid();

    /** Ids of the valid certificates of a course (of every course when null), for batch regeneration. */
    @Query("select c.id from Certificate c where c.status = 'VALID' and (:courseId is null or c.courseId = :courseId) order by c.id")
    List<Long> validIds(String courseId);

    /** Certificates whose learner name, course title or code contains {@code text}, newest first. */
    @Query("""
            select c from Certificate c
            where lower(c.learnerName) like lower(concat('%', :text, '%'))
               or lower(c.courseTitle) like lower(concat('%', :text, '%'))
               or lower(c.code) like lower(concat('%', :text, '%'))
            order by c.issuedAt desc, c.id desc""")
    List<Certificate> search(String text, org.springframework.data.domain.Pageable page);

    /** A certificate without its PDF bytes, for lists and exports of many. */
    interface Listed {
        Long getAccountId();

        String getCode();

        String getCourseId();

        String getCourseTitle();

        java.time.Instant getCompletedAt();

        java.time.Instant getIssuedAt();

        java.time.Instant getExpiresAt();

        java.math.BigDecimal getCeHours();

        Certificate.Status getStatus();
    }

    @Query("""
            select c.accountId as accountId, c.code as code, c.courseId as courseId, c.courseTitle as courseTitle,
                   c.completedAt as completedAt, c.issuedAt as issuedAt, c.expiresAt as expiresAt, c.ceHours as ceHours,
                   c.status as status
            from Certificate c where c.accountId in :accountIds order by c.accountId, c.issuedAt desc""")
    List<Listed> listedFor(java.util.Collection<Long> accountIds);
}
