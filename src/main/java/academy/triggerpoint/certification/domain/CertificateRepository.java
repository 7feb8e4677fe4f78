package academy.triggerpoint.certification.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByIssueKey(String issueKey);

    List<Certificate> findByAccountIdOrderByIssuedAtDescIdDesc(Long accountId);

    List<Certificate> findByPdfSha256(String sha256);

    /** Certificates whose learner name, course title or code contains {@code text}, newest first. */
    @Query("""
            select c from Certificate c
            where lower(c.learnerName) like lower(concat('%', :text, '%'))
               or lower(c.courseTitle) like lower(concat('%', :text, '%'))
               or lower(c.code) like lower(concat('%', :text, '%'))
            order by c.issuedAt desc, c.id desc""")
    List<Certificate> search(String text, org.springframework.data.domain.Pageable page);

    @Query("select c.issueKey from Certificate c where c.issueKey is not null")
    Set<String> findAllIssueKeys();
}
