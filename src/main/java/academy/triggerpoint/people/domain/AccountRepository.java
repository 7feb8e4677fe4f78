package academy.triggerpoint.people.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmailNormalized(String emailNormalized);

    boolean existsByEmailNormalized(String emailNormalized);

    @Query("""
            select a from Account a
            where :text = '' or lower(a.fullName) like concat('%', :text, '%') or a.emailNormalized like concat('%', :text, '%')
            order by a.fullName
            """)
    Page<Account> search(String text, Pageable page);
}
