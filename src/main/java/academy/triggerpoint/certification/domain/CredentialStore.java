package academy.triggerpoint.certification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code open_badge_credential} table (each certificate's signed credential and its status-list
 * index) and the {@code credential_issuer_key} table (every public key that ever signed one).
 */
@Repository
public class CredentialStore {

    /** A certificate's credential: its status index (allocated once), id, identity salt and the compact JWS. */
    public record Stored(long statusIndex, long certificateId, String credentialId, String salt, String identityHash,
                         String keyId, String jws,
                         Instant signedAt) {
    }

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Allocates the certificate's status index (never used before, never again) with an unsigned placeholder. */
    public long allocate(long certificateId, String credentialId, String salt, String identityHash, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into open_badge_credential (certificate_id, credential_id, identity_salt, identity_hash, key_id, jws,
                    signed_at) values (?, ?, ?, ?, '', '', ?)""")
                .params(certificateId, credentialId, salt, identityHash, Timestamp.from(at)).update(key, "status_index");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Stores the signed credential of a status index. */
    public void sign(long statusIndex, String keyId, String jws, Instant at) {
        jdbc.sql("update open_badge_credential set key_id = ?, jws = ?, signed_at = ? where status_index = ?")
                .params(keyId, jws, Timestamp.from(at), statusIndex).update();
    }

    public Optional<Stored> ofCertificate(long certificateId) {
        return jdbc.sql(SELECT + " where certificate_id = ?").param(certificateId).query(CredentialStore::stored).optional();
    }

    /**
     * Status indexes in {@code [from, to)} whose certificate is no longer valid (revoked, or superseded by
     * a corrected one): the bits set in the status list.
     */
    public List<Long> withdrawnIndexes(long from, long to) {
        return jdbc.sql("""
                select o.status_index from open_badge_credential o join certificate c on c.id = o.certificate_id
                where c.status <> 'VALID' and o.status_index >= ? and o.status_index < ?""")
                .params(from, to).query(Long.class).list();
    }

    /** The highest status index allocated so far (0 when none is). */
    public long highestIndex() {
        return jdbc.sql("select coalesce(max(status_index), 0) from open_badge_credential").query(Long.class).single();
    }

    /** Publishes a public key for good (nothing happens if it already is). */
    public void publishKey(String keyId, String publicJwk, Instant at) {
        try {
            jdbc.sql("""
                    insert into credential_issuer_key (key_id, public_jwk, first_published_at)
                    select ?, ?, ? where not exists (select 1 from credential_issuer_key where key_id = ?)""")
                    .params(keyId, publicJwk, Timestamp.from(at), keyId).update();
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the key is published, which is all that was asked
        }
    }

    /** Every public key ever published, as JWK JSON, oldest first. */
    public List<String> publishedKeys() {
        return jdbc.sql("select public_jwk from credential_issuer_key order by first_published_at, key_id")
                .query(String.class).list();
    }

    public Optional<String> publishedKey(String keyId) {
        return jdbc.sql("select public_jwk from credential_issuer_key where key_id = ?").param(keyId)
                .query(String.class).optional();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("status_index"), rs.getLong("certificate_id"), rs.getString("credential_id"),
                rs.getString("identity_salt"), rs.getString("identity_hash"), rs.getString("key_id"), rs.getString("jws"),
                rs.getTimestamp("signed_at").toInstant());
    }

    private static final String SELECT = """
            select status_index, certificate_id, credential_id, identity_salt, identity_hash, key_id, jws, signed_at
            from open_badge_credential""";
}
