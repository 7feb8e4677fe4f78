package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.AccountToken;
import academy.triggerpoint.people.domain.AccountTokenRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems the single-use links that verify an email address or reset a password. */
@Component
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token; earlier open tokens of the same purpose for this account stop working. */
    String issue(long accountId, AccountToken.Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.retireOpenTokens(accountId, purpose, now);
        tokens.save(new AccountToken(accountId, purpose, hash(token), now, now.plus(validFor)));
        return token;
    }

    /** The account the token belongs to, if the token is of that purpose, unused and unexpired; it is used up. */
    Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.getPurpose() == purpose && t.isUsable(now))
                .map(t -> {
                    t.markUsed(now);
                    return t.getAccountId();
                });
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
