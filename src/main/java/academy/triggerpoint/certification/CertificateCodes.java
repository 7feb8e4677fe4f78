package academy.triggerpoint.certification;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Public certificate codes: 130 random bits written as 26 Crockford base-32 characters in groups of
 * four ("7KQ2-M9XD-..."), which a person can read aloud and type without confusing 0/O or 1/I/L.
 */
final class CertificateCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 26;

    private CertificateCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(32)]);
        }
        return code.toString();
    }

    /**
     * The code as stored, from what a person typed or scanned: case, spaces and hyphens do not
     * matter, and O, I and L read as 0, 1 and 1. Empty when it cannot be a code at all.
     */
    static java.util.Optional<String> normalise(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0)) {
            return java.util.Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(plain.charAt(i));
        }
        return java.util.Optional.of(code.toString());
    }
}
