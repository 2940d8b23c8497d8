package dev.veil.detect.recognizers.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * Judgements about a candidate credential value: is it a placeholder, how random does it look.
 * Pure functions over a region of the text; nothing is copied or kept.
 */
final class SecretValues {
    /** Values that stand for "no real secret here" in templates, docs and sample configs. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "password", "passwd", "pass", "pwd", "secret", "token", "changeme", "change_me", "changeit",
            "yourpassword", "your_password", "your-password", "mypassword", "my_password", "newpassword",
            "new_password", "oldpassword", "example", "sample", "placeholder", "dummy", "redacted", "hidden",
            "masked", "removed", "secret_here", "password_here", "xxx", "none", "null", "nil", "true", "false",
            "undefined", "empty", "blank", "required", "optional", "string", "str", "int", "bool", "boolean",
            "bytes", "char", "object", "value", "default", "todo", "tbd", "n/a", "na", "unknown", "not_set",
            "notset", "unset", "your_token", "your_api_key", "your_secret", "api_key", "apikey", "secret_key",
            "access_key", "private_key", "client_secret", "insert_here", "enter_password", "test", "testing");

    /**
     * Plain words that follow "password is ..." in ordinary prose ("the password is incorrect"),
     * never a credential.
     */
    private static final Set<String> PROSE_STOPWORDS = Set.of(
            "a", "an", "the", "not", "too", "very", "now", "still", "also", "then", "being", "been", "to",
            "required", "incorrect", "invalid", "wrong", "correct", "same", "expired", "reset", "set", "changed",
            "missing", "case", "weak", "strong", "stored", "encrypted", "hashed", "sent", "valid", "needed",
            "mandatory", "hidden", "saved", "protected", "different", "long", "short", "provided", "given",
            "shown", "known", "forgotten", "lost", "locked", "unlocked", "used", "updated", "generated",
            "displayed", "requested", "accepted", "rejected", "in", "on", "at", "for", "of", "with", "and", "or",
            "your", "my", "his", "her", "their", "our", "its", "this", "that", "it", "what", "which", "as", "by",
            "from", "here", "there", "below", "above", "attached", "included", "entered", "typed", "written",
            "only", "just", "case-sensitive", "sensitive", "secure", "insecure", "unique", "easy", "hard",
            "simple", "complex", "good", "bad", "ok", "fine", "okay", "available", "unavailable", "correctly");

    private SecretValues() {
    }

    /** True if {@code s[from, to)} is a template, variable reference or other non-secret filler. */
    static boolean isPlaceholder(CharSequence s, int from, int to) {
        int len = to - from;
        if (len <= 0) {
            return true;
        }
        char first = s.charAt(from);
        char last = s.charAt(to - 1);
        if (first == '$' || first == '%' || first == '<' || first == '{' || first == '[' || first == '@'
                || first == '#' && len > 1 && s.charAt(from + 1) == '{') {
            return true; // ${VAR} $VAR %VAR% <password> {{ secret }} [REDACTED] @Value
        }
        if (last == '>' || last == '}') {
            return true;
        }
        if (allSame(s, from, to)) {
            return true; // ****, xxxx, ....
        }
        if (len > 2 && first == '0' && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X')
                && CharClass.HEX.run(s, from + 2, len) == len - 2) {
            return true; // a numeric literal such as 0xAb19D82E, not a password
        }
        if (len > 40) {
            return false;
        }
        String v = s.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(v) || v.startsWith("your") && v.length() > 4 && !hasDigit(v)) {
            return true;
        }
        return v.contains("xxxx") || v.contains("****") || v.startsWith("env(") || v.startsWith("enc(")
                || v.startsWith("vault:") || v.startsWith("secret(");
    }

    /** True if {@code s[from, to)} is a common English word that follows "password is" in prose. */
    static boolean isProseWord(CharSequence s, int from, int to) {
        if (to - from > 20) {
            return false;
        }
        return PROSE_STOPWORDS.contains(s.subSequence(from, to).toString().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code s[from, to)} holds anything but letters (a digit, a symbol, a space). */
    static boolean hasDigitOrSymbol(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean allSame(CharSequence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.charAt(i) != s.charAt(from)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Shannon entropy in bits per character of {@code s[from, to)} (ASCII; others share one bucket). */
    static double entropy(CharSequence s, int from, int to) {
        int len = to - from;
        if (len <= 1) {
            return 0;
        }
        int[] counts = new int[129];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            counts[c < 128 ? c : 128]++;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / len;
                h -= p * (Math.log(p) / LN2);
            }
        }
        return h;
    }

    private static final double LN2 = Math.log(2);

    /**
     * Whether {@code s[from, to)} looks like machine-generated key material rather than a word,
     * an identifier or a counter: long enough, mixed character classes, no long ascending run,
     * and Shannon entropy above a threshold that depends on the alphabet (hex strings can reach
     * at most 4 bits per char, base64 6) and on the length (a short string cannot reach the
     * alphabet's maximum). The thresholds follow detect-secrets (hex 3.0, base64 4.5 for long
     * strings) scaled down for short values.
     */
    static boolean looksRandom(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < 8) {
            return false;
        }
        int lower = 0;
        int upper = 0;
        int digits = 0;
        int other = 0;
        boolean hex = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower++;
                hex &= c <= 'f';
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
                hex &= c <= 'F';
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                other++;
                hex = false;
            }
        }
        int classes = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0);
        if (digits == len || classes < 2 && len < 32) {
            return false; // a number, or a plain word / constant name
        }
        if (digits == 0 && len < 20) {
            return false; // short letter-only strings are words and identifiers far more often than keys
        }
        if (ascendingRun(s, from, to) >= 5) {
            return false; // 123456..., abcdef...: typed by a human as an example
        }
        double h = entropy(s, from, to);
        double log2Len = Math.log(len) / LN2;
        double threshold = hex ? Math.min(3.0, 0.75 * log2Len) : Math.min(4.2, 0.78 * log2Len);
        return h >= threshold;
    }

    /**
     * Documentation and test fixtures, not live keys: a body that says "example", is padded with
     * x's, counts up or down ("123456", "abcdef", "654321"), or uses fewer than five distinct
     * characters ("1010110...").
     */
    static boolean isExampleBody(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < 8) {
            return false;
        }
        String lower = s.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        if (lower.contains("example") || lower.contains("xxxxxxxx") || lower.contains("sample")) {
            return true;
        }
        if (ascendingRun(s, from, to) >= 6 || descendingRun(s, from, to) >= 6) {
            return true;
        }
        long seen = 0;
        long seenHi = 0;
        int distinct = 0;
        for (int i = from; i < to && distinct < 5; i++) {
            char c = s.charAt(i);
            if (c < 64) {
                if ((seen & (1L << c)) == 0) {
                    seen |= 1L << c;
                    distinct++;
                }
            } else if (c < 128) {
                if ((seenHi & (1L << (c - 64))) == 0) {
                    seenHi |= 1L << (c - 64);
                    distinct++;
                }
            } else {
                distinct = 5;
            }
        }
        return distinct < 5;
    }

    static int descendingRun(CharSequence s, int from, int to) {
        int best = 1;
        int run = 1;
        for (int i = from + 1; i < to; i++) {
            if (s.charAt(i) == s.charAt(i - 1) - 1) {
                run++;
                best = Math.max(best, run);
            } else {
                run = 1;
            }
        }
        return best;
    }

    /** Longest run of characters each one above the previous (e.g. "3456", "bcde"). */
    static int ascendingRun(CharSequence s, int from, int to) {
        int best = 1;
        int run = 1;
        for (int i = from + 1; i < to; i++) {
            if (s.charAt(i) == s.charAt(i - 1) + 1) {
                run++;
                best = Math.max(best, run);
            } else {
                run = 1;
            }
        }
        return best;
    }
}
