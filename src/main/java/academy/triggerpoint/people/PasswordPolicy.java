package academy.triggerpoint.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B style: a length range, no composition rules, and a refusal of passwords that are
 * easy to guess: found in breach lists (a shipped list and zxcvbn's 30,000 most common breached
 * passwords, with their variations: added years and digits, capitals, leetspeak), repeated or
 * sequential characters, keyboard patterns, and passwords built from this site's name, the
 * person's name or their email address. Length counts Unicode code points, so
 * "пароль-для-входа" is as long as it looks.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/academy/triggerpoint/people/common-passwords.txt";

    /** Words of this site that a password must not be built from. */
    private static final List<String> SITE_WORDS = List.of("trigger", "point", "points", "triggerpoint", "triggerpoints", "academy", "dry", "needling", "dryneedling",
            "needle", "needles", "physio", "physiotherapy", "physiotherapist");
    /** zxcvbn scores below this (guessable in fewer than about a million guesses) are refused. */
    private static final int MIN_SCORE = 2;
    /** zxcvbn's estimate grows costly with length; the first 100 characters decide. */
    private static final int MEASURED = 100;

    private final Set<String> common;
    private final Zxcvbn guessability = new Zxcvbn();

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
        return problemWith(password, email, null);
    }

    /** Why the password is refused, or empty when it is acceptable; {@code fullName} may be null. */
    public Optional<String> problemWith(String password, String email, String fullName) {
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
        List<String> context = contextWords(email, fullName);
        if (onlyContextWords(lower, context)) {
            return Optional.of("Do not build your password from the name of this site, your name or your email address.");
        }
        String measured = password.codePointCount(0, password.length()) <= MEASURED ? password
                : password.substring(0, password.offsetByCodePoints(0, MEASURED));
        Strength strength = guessability.measure(measured, context);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning();
            return Optional.of("This password is too easy to guess" + (warning == null || warning.isBlank() ? "."
                    : ": " + Character.toLowerCase(warning.charAt(0)) + warning.substring(1))
                    + " A few unrelated words make a strong password that is easy to remember.");
        }
        return Optional.empty();
    }

    private static List<String> contextWords(String email, String fullName) {
        List<String> words = new ArrayList<>(SITE_WORDS);
        for (String source : new String[] {email == null ? null : email.split("@")[0], fullName}) {
            if (source != null) {
                for (String part : source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() >= 3) {
                        words.add(part);
                    }
                }
            }
        }
        return words;
    }

    /** Whether nothing much is left of the password's letters once the context words are taken out. */
    private static boolean onlyContextWords(String lower, List<String> context) {
        String letters = lower.replaceAll("[^\\p{L}]", "");
        List<String> longestFirst = context.stream().sorted((a, b) -> b.length() - a.length()).toList();
        for (String word : longestFirst) {
            letters = letters.replace(word, "");
        }
        return letters.length() < 3;
    }
}
