package academy.triggerpoint.people.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Older links of the same kind stop working when a new one is sent. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
    int retireOpenTokens(Long accountId, AccountToken.Purpose purpose, Instant now);
}
