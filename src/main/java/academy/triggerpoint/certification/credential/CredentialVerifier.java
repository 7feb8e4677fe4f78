package academy.triggerpoint.certification.credential;

import academy.triggerpoint.certification.CredentialCheck;
import academy.triggerpoint.certification.CredentialCheck.Reason;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a credential the way any third party can, offline but for the status list: the key named in
 * the header must be one the issuer publishes (its JWKS or did:web document), the ES256 signature must
 * match, the dates must hold, and the Bitstring Status List the credential points to must be signed by
 * the issuer too and must not have the credential's bit set. A status list that cannot be fetched or
 * read never gives "valid".
 */
public final class CredentialVerifier {

    /** Fetches a status list credential (a compact JWS) by its address; throws when it cannot. */
    @FunctionalInterface
    public interface StatusLists {
        String fetch(String url) throws Exception;
    }

    private final Function<String, Optional<ECPublicKey>> publishedKeys;
    private final StatusLists statusLists;

    public CredentialVerifier(Function<String, Optional<ECPublicKey>> publishedKeys, StatusLists statusLists) {
        this.publishedKeys = publishedKeys;
        this.statusLists = statusLists;
    }

    /** The verdict on a compact JWS at the instant {@code now}. */
    public CredentialCheck check(String compact, Instant now) {
        // The header is read by hand first: a token that is a JWT at all but not signed with ES256
        // ("alg": "none", or a symmetric algorithm) is an attempt to pass something off, not a stray file.
        String algorithm;
        try {
            int dot = compact.indexOf('.');
            JsonNode header = CredentialJws.JSON.readTree(java.util.Base64.getUrlDecoder().decode(compact.substring(0, dot)));
            algorithm = header.path("alg").asString(null);
        } catch (RuntimeException unreadableHeader) {
            return CredentialCheck.of(looksLikeACredential(compact) ? Reason.UNREADABLE_CONTENT : Reason.NOT_JSON_OR_JWS);
        }
        if (algorithm == null) {
            return CredentialCheck.of(looksLikeACredential(compact) ? Reason.UNREADABLE_CONTENT : Reason.NOT_JSON_OR_JWS);
        }
        if (!"ES256".equals(algorithm)) {
            return CredentialCheck.of(Reason.ALGORITHM_NOT_ACCEPTED, algorithm);
        }
        CredentialJws.Unverified jws;
        try {
            jws = CredentialJws.read(compact);
        } catch (ParseException | RuntimeException damaged) {
            return CredentialCheck.of(Reason.UNREADABLE_CONTENT);
        }
        Optional<ECPublicKey> key = jws.keyId() == null ? Optional.empty() : publishedKeys.apply(jws.keyId());
        if (key.isEmpty()) {
            return CredentialCheck.of(Reason.KEY_NOT_PUBLISHED, jws.keyId());
        }
        if (!jws.signedBy(key.get())) {
            return CredentialCheck.of(Reason.SIGNATURE_MISMATCH);
        }
        JsonNode vc;
        try {
            vc = jws.claims();
        } catch (JacksonException | IllegalStateException unreadable) {
            return CredentialCheck.of(Reason.UNREADABLE_CONTENT);
        }
        if (!hasType(vc, "OpenBadgeCredential") && !hasType(vc, "AchievementCredential")) {
            return CredentialCheck.of(Reason.NOT_AN_OPEN_BADGE);
        }
        Instant validFrom;
        Instant validUntil;
        try {
            validFrom = Instant.parse(vc.path("validFrom").asString());
            validUntil = vc.hasNonNull("validUntil") ? Instant.parse(vc.get("validUntil").asString()) : null;
        } catch (DateTimeParseException | JacksonException e) {
            return CredentialCheck.of(Reason.UNREADABLE_CONTENT);
        }
        String name = null;
        for (JsonNode identifier : vc.path("credentialSubject").path("identifier")) {
            if ("name".equals(identifier.path("identityType").asString(null)) && !identifier.path("hashed").asBoolean(true)) {
                name = identifier.path("identityHash").asString(null);
            }
        }
        Facts facts = new Facts(name, vc.path("credentialSubject").path("achievement").path("name").asString(null),
                vc.path("issuer").path("name").asString(null), day(validFrom), day(validUntil));
        Optional<Reason> status = status(vc.path("credentialStatus"), now);
        if (status.isPresent() && status.get() == Reason.REVOKED_IN_STATUS_LIST) {
            return facts.verdict(Reason.REVOKED_IN_STATUS_LIST, null);
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return facts.verdict(Reason.PAST_VALID_UNTIL, day(validUntil).toString());
        }
        if (now.isBefore(validFrom)) {
            return facts.verdict(Reason.BEFORE_VALID_FROM, day(validFrom).toString());
        }
        if (status.isPresent()) {
            return facts.verdict(status.get(), vc.path("credentialStatus").path("statusListCredential").asString(null));
        }
        return facts.verdict(Reason.SIGNED_IN_DATE_NOT_REVOKED, null);
    }

    /** Empty when the status list says the credential stands; else why not, or why we cannot tell. */
    private Optional<Reason> status(JsonNode entry, Instant now) {
        if (entry.isArray()) {
            entry = entry.path(0);
        }
        if (!"BitstringStatusListEntry".equals(entry.path("type").asString(null))
                || !"revocation".equals(entry.path("statusPurpose").asString(null))) {
            return Optional.of(Reason.NO_STATUS_ENTRY);
        }
        String url = entry.path("statusListCredential").asString(null);
        long position;
        try {
            position = Long.parseLong(entry.path("statusListIndex").asString(""));
        } catch (NumberFormatException e) {
            return Optional.of(Reason.NO_STATUS_ENTRY);
        }
        if (url == null) {
            return Optional.of(Reason.NO_STATUS_ENTRY);
        }
        String list;
        try {
            list = statusLists.fetch(url);
        } catch (Exception unreachable) {
            return Optional.of(Reason.STATUS_LIST_UNREACHABLE);
        }
        try {
            CredentialJws.Unverified jws = CredentialJws.read(list == null ? "" : list.strip());
            Optional<ECPublicKey> key = jws.keyId() == null ? Optional.empty() : publishedKeys.apply(jws.keyId());
            if (key.isEmpty() || !jws.signedBy(key.get())) {
                return Optional.of(Reason.STATUS_LIST_INVALID);
            }
            JsonNode listVc = jws.claims();
            JsonNode subject = listVc.path("credentialSubject");
            if (!hasType(listVc, "BitstringStatusListCredential") || !url.equals(listVc.path("id").asString(null))
                    || !"revocation".equals(subject.path("statusPurpose").asString(null))) {
                return Optional.of(Reason.STATUS_LIST_INVALID);
            }
            if (listVc.hasNonNull("validUntil") && !now.isBefore(Instant.parse(listVc.get("validUntil").asString()))) {
                return Optional.of(Reason.STATUS_LIST_INVALID);
            }
            byte[] bits = BitstringStatusList.decode(subject.path("encodedList").asString(null));
            return BitstringStatusList.isSet(bits, position) ? Optional.of(Reason.REVOKED_IN_STATUS_LIST) : Optional.empty();
        } catch (ParseException | RuntimeException unreadable) {
            return Optional.of(Reason.STATUS_LIST_INVALID);
        }
    }

    /** A JWS whose header is damaged but whose payload reads as a credential: damaged or altered, not a stray file. */
    private static boolean looksLikeACredential(String compact) {
        try {
            String[] parts = compact.split("\\.");
            JsonNode payload = CredentialJws.JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
            return payload.has("credentialSubject") || hasType(payload, "VerifiableCredential");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean hasType(JsonNode vc, String type) {
        JsonNode types = vc.path("type");
        if (types.isString()) {
            return type.equals(types.asString());
        }
        for (JsonNode t : types) {
            if (type.equals(t.asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Facts(String learnerName, String achievementName, String issuerName, LocalDate validFrom,
                         LocalDate validUntil) {
        CredentialCheck verdict(Reason reason, String argument) {
            return new CredentialCheck(reason.outcome(), reason, argument, learnerName, achievementName, issuerName,
                    validFrom, validUntil);
        }
    }
}
