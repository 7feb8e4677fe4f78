package academy.triggerpoint.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("""
            select new academy.triggerpoint.people.domain.MemberRow(m.accountId, a.fullName, a.email,
                   a.licenceNumber, a.licenceCountry, a.licenceRegion, m.teamId, m.joinedAt, a.enabled, a.language)
            from Membership m join Account a on a.id = m.accountId
            where m.organisationId = :organisationId
            order by a.fullName, m.accountId
            """)
    List<MemberRow> members(Long organisationId);

    @Query("""
            select new academy.triggerpoint.people.domain.MemberRow(m.accountId, a.fullName, a.email,
                   a.licenceNumber, a.licenceCountry, a.licenceRegion, m.teamId, m.joinedAt, a.enabled, a.language)
            from Membership m join Account a on a.id = m.accountId
            where m.organisationId = :organisationId and m.accountId = :accountId
            """)
    java.util.Optional<MemberRow> member(Long organisationId, Long accountId);

    @Query("""
            select a.id from Membership m join Account a on a.id = m.accountId
            where m.organisationId = :organisationId and a.enabled = true
              and exists (select 1 from Account r join r.roles role where r.id = a.id and role = academy.triggerpoint.shared.Role.MANAGER)
            """)
    List<Long> managerIds(Long organisationId);

    @Query("""
            select a.id from Membership m join Account a on a.id = m.accountId
            where m.organisationId = :organisationId and a.enabled = true
              and exists (select 1 from Account r join r.roles role where r.id = a.id and role = academy.triggerpoint.shared.Role.SUPERVISOR)
            """)
    List<Long> supervisorIds(Long organisationId);

    long countByOrganisationId(Long organisationId);

    @Query("select m.accountId from Membership m order by m.accountId")
    List<Long> allAccountIds();
}
