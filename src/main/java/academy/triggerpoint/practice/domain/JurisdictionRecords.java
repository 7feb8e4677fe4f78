package academy.triggerpoint.practice.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Where each clinician practises (with the licence held there) and the attestation steps they completed. */
@Repository
public class JurisdictionRecords {

    public record Registration(long accountId, String code, String licenceNumber, LocalDate licensedSince) {
    }

    public record AttestationDone(String code, String attestationId, LocalDate doneOn, String evidenceName) {
    }

    private final JdbcTemplate jdbc;

    JurisdictionRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Registration> of(Scope scope) {
        return jdbc.query("select j.account_id, j.code, j.licence_number, j.licensed_since from practice_jurisdiction j where "
                        + scope.condition("j") + " order by j.account_id, j.code",
                (rs, i) -> new Registration(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)),
                scope.args());
    }

    /** Adds or updates the caller's registration in a jurisdiction. */
    public void save(long accountId, String code, String licenceNumber, LocalDate licensedSince) {
        int updated = jdbc.update("update practice_jurisdiction set licence_number = ?, licensed_since = ? where account_id = ? and code = ?",
                licenceNumber, Date.valueOf(licensedSince), accountId, code);
        if (updated == 0) {
            jdbc.update("insert into practice_jurisdiction (account_id, code, licence_number, licensed_since) values (?, ?, ?, ?)",
                    accountId, code, licenceNumber, Date.valueOf(licensedSince));
        }
    }

    public boolean remove(long accountId, String code) {
        jdbc.update("delete from practice_attestation where account_id = ? and code = ?", accountId, code);
        return jdbc.update("delete from practice_jurisdiction where account_id = ? and code = ?", accountId, code) == 1;
    }

    public Optional<LocalDate> firstLicensedOn(long accountId) {
        return Optional.ofNullable(jdbc.queryForObject("select min(licensed_since) from practice_jurisdiction where account_id = ?",
                LocalDate.class, accountId));
    }

    /** The attestations each account completed, by account. */
    public Map<Long, List<AttestationDone>> attestations(Scope scope) {
        record Row(long accountId, AttestationDone done) {
        }
        return jdbc.query("select t.account_id, t.code, t.attestation_id, t.done_on, t.evidence_name from practice_attestation t "
                                + "where " + scope.condition("t"),
                        (rs, i) -> new Row(rs.getLong(1), new AttestationDone(rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getString(5))), scope.args())
                .stream().collect(Collectors.groupingBy(Row::accountId, Collectors.mapping(Row::done, Collectors.toList())));
    }

    public void saveAttestation(long accountId, String code, String attestationId, LocalDate doneOn, String evidenceName,
                                byte[] evidence, Instant now) {
        jdbc.update("delete from practice_attestation where account_id = ? and code = ? and attestation_id = ?",
                accountId, code, attestationId);
        jdbc.update("""
                insert into practice_attestation (account_id, code, attestation_id, done_on, evidence_name, evidence, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""", accountId, code, attestationId, Date.valueOf(doneOn), evidenceName, evidence,
                Timestamp.from(now));
    }
}
