package academy.triggerpoint.certification;

import java.time.LocalDate;

/**
 * The verdict on an uploaded Open Badges credential: the outcome, the reason for it (with one
 * argument some reasons name: a date, a key id or an address), and, once the signature is known to
 * be ours, whom and what the credential is about. Nothing but {@link Outcome#VALID} may be read as
 * "valid": a credential whose status cannot be read is {@link Outcome#STATUS_UNKNOWN}.
 */
public record CredentialCheck(Outcome outcome, Reason reason, String argument, String learnerName, String achievementName,
                              String issuerName, LocalDate validFrom, LocalDate validUntil) {

    public enum Outcome {
        VALID, REVOKED, EXPIRED, NOT_YET_VALID, TAMPERED, UNKNOWN_ISSUER, STATUS_UNKNOWN, NOT_A_CREDENTIAL,
        NO_CREDENTIAL_IN_IMAGE, TOO_LARGE, RATE_LIMITED
    }

    /** Why: each reason belongs to one outcome. */
    public enum Reason {
        SIGNED_IN_DATE_NOT_REVOKED(Outcome.VALID),
        REVOKED_IN_STATUS_LIST(Outcome.REVOKED),
        PAST_VALID_UNTIL(Outcome.EXPIRED),
        BEFORE_VALID_FROM(Outcome.NOT_YET_VALID),
        SIGNATURE_MISMATCH(Outcome.TAMPERED),
        UNREADABLE_CONTENT(Outcome.TAMPERED),
        ALGORITHM_NOT_ACCEPTED(Outcome.TAMPERED),
        NOT_SIGNED(Outcome.TAMPERED),
        KEY_NOT_PUBLISHED(Outcome.UNKNOWN_ISSUER),
        STATUS_LIST_UNREACHABLE(Outcome.STATUS_UNKNOWN),
        STATUS_LIST_INVALID(Outcome.STATUS_UNKNOWN),
        NO_STATUS_ENTRY(Outcome.STATUS_UNKNOWN),
        NOT_JSON_OR_JWS(Outcome.NOT_A_CREDENTIAL),
        NOT_AN_OPEN_BADGE(Outcome.NOT_A_CREDENTIAL),
        NO_BAKED_CREDENTIAL(Outcome.NO_CREDENTIAL_IN_IMAGE),
        FILE_TOO_LARGE(Outcome.TOO_LARGE),
        TOO_MANY_CHECKS(Outcome.RATE_LIMITED);

        private final Outcome outcome;

        Reason(Outcome outcome) {
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    /** A verdict that says nothing about any credential's content. */
    public static CredentialCheck of(Reason reason, String argument) {
        return new CredentialCheck(reason.outcome(), reason, argument, null, null, null, null, null);
    }

    public static CredentialCheck of(Reason reason) {
        return of(reason, null);
    }
}
