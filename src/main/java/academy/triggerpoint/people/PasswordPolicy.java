package academy.triggerpoint.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B style: a length range, no composition rules, and a refusal of passwords found in
 * breach lists. Length counts Unicode code points, so "пароль-для-входа" is as long as it looks.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/academy/triggerpoint/people/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the shipped list of common passwords. */
    public static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("This password is one of the most commonly used ones. Choose another.");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use your email address as your password.");
        }
        return Optional.empty();
    }
}
