package academy.triggerpoint.certification.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByIssueKey(String issueKey);

    List<Certificate> findByAccountIdOrderByIssuedAtDesc(Long accountId);

    List<Certificate> findByPdfSha256(String sha256);

    @Query("select c.issueKey from Certificate c where c.issueKey is not null")
    Set<String> findAllIssueKeys();
}
