package dev.veil.anonymize;

import java.util.random.RandomGenerator;

/**
 * The fallback surrogate for types without a dedicated generator: each letter becomes a random
 * letter of the same case, each digit a random digit, other characters stay (control characters
 * become spaces, which tokens may not contain). Checksums of such types are not kept.
 */
final class ShapeSurrogates {
    private ShapeSurrogates() {
    }

    static String sameShape(String value, RandomGenerator random) {
        int n = Math.min(value.length(), dev.veil.vault.TokenFactory.MAX_TOKEN_LENGTH);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                sb.append((char) ('0' + random.nextInt(10)));
            } else if (Character.isUpperCase(c)) {
                sb.append((char) ('A' + random.nextInt(26)));
            } else if (Character.isLetter(c)) {
                sb.append((char) ('a' + random.nextInt(26)));
            } else if (Character.isISOControl(c)) {
                sb.append(' ');
            } else if (Character.isSurrogate(c)) {
                sb.append('x');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Puts {@code digits} into the digit positions of {@code format}, keeping its other characters. */
    static String intoDigitPositions(String format, CharSequence digits) {
        StringBuilder sb = new StringBuilder(format.length());
        int j = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            sb.append(c >= '0' && c <= '9' ? digits.charAt(j++) : c);
        }
        return sb.toString();
    }

    static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void appendRandomDigits(StringBuilder sb, int count, RandomGenerator random) {
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
    }
}
