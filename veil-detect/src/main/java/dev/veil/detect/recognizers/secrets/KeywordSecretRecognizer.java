package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Generic secrets: a random-looking value assigned to a key whose name says it is a secret
 * ({@code client_secret}, {@code api_key}, {@code access_token}, {@code AwsSecretKey},
 * {@code Authorization: Bearer ...}). The value must pass {@link SecretValues#looksRandom}
 * (length, mixed classes, Shannon entropy per alphabet), which keeps out words, identifiers,
 * version strings, counters, lock-file hashes under other keys and base64 images (no keyword).
 * The span is the value.
 *
 * <p>Keys are graded: a secret word in the key ({@code secret}, {@code token}, {@code api},
 * {@code auth}, {@code credential}, or {@code key} qualified by {@code access}/{@code private}/...)
 * gives 0.85; a bare {@code key} needs a longer value and gives 0.6. UUIDs under a strong key
 * (API keys of several providers are UUIDs) give 0.65.
 */
public final class KeywordSecretRecognizer implements Recognizer {
    private static final AssignmentScanner SCANNER =
            new AssignmentScanner("secret", "token", "key", "auth", "cred", "api", "bearer", "sig");
    private static final String[] STRONG_SUFFIXES = {
        "secret", "secrets", "token", "tokens", "apikey", "api", "auth", "authorization", "credential",
        "credentials", "cred", "creds", "bearer", "signature", "sig", "secretkey", "privatekey", "accesskey"
    };
    private static final String[] KEY_QUALIFIERS = {
        "secret", "api", "access", "private", "auth", "sign", "encrypt", "master", "client", "account", "app",
        "service", "session", "license", "consumer", "admin", "shared", "subscription", "webhook", "hmac"
    };

    @Override
    public String name() {
        return "keyword_secret";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.SECRET);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String s = text.string();
        String lower = text.lower();
        SCANNER.scan(text, KeywordSecretRecognizer::isSecretKey, a -> {
            Assignment v = unwrapScheme(s, a);
            double score = score(s, lower, v);
            if (score > 0) {
                out.add(new Finding(EntityType.SECRET, v.valueStart(), v.valueEnd(), score, name()));
            }
        });
    }

    /** The key's last word is a secret word, or "key". */
    static boolean isSecretKey(String s, String lower, int start, int end) {
        return strength(s, lower, start, end) > 0;
    }

    /** 2 = strong secret key, 1 = bare "key", 0 = not a secret key. */
    private static int strength(String s, String lower, int start, int end) {
        for (String suffix : STRONG_SUFFIXES) {
            int at = end - suffix.length();
            if (at >= start && lower.startsWith(suffix, at) && (at == start || !isLowerLetter(lower, at - 1)
                    || suffix.length() >= 6 || Character.isUpperCase(s.charAt(at)))) {
                return 2; // secret_token, DemoToken, clientsecret; not "retoken"-like words
            }
        }
        if (end - start >= 3 && lower.startsWith("key", end - 3)) {
            int from = previousWordStart(lower, start);
            for (String q : KEY_QUALIFIERS) {
                for (int i = from; i + q.length() <= end - 3; i++) {
                    if (lower.startsWith(q, i)) {
                        return 2; // access_key, AwsSecretKey, "SECRET KEY", "Authentication key"
                    }
                }
            }
            return 1;
        }
        return 0;
    }

    /** Start of the word before {@code start} if one space separates them ("secret key"), else {@code start}. */
    private static int previousWordStart(String lower, int start) {
        if (start < 2 || lower.charAt(start - 1) != ' ' || !Character.isLetter(lower.charAt(start - 2))) {
            return start;
        }
        int j = start - 1;
        while (j > 0 && start - j < 24 && Character.isLetter(lower.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static boolean isLowerLetter(String lower, int i) {
        char c = lower.charAt(i);
        return c >= 'a' && c <= 'z';
    }

    /** {@code Authorization: Bearer X} / {@code Basic X} / {@code Token X}: the credential is X. */
    private static Assignment unwrapScheme(String s, Assignment a) {
        int from = a.valueStart();
        int to = a.valueEnd();
        String[] schemes = {"Bearer", "Basic", "Token", "Digest", "bearer", "basic", "token"};
        for (String scheme : schemes) {
            if (to - from == scheme.length() && s.startsWith(scheme, from) && to < s.length() && s.charAt(to) == ' ') {
                int v = to + 1;
                int end = v + CharClass.B64_ANY.run(s, v, AssignmentScanner.MAX_VALUE);
                while (end < s.length() && s.charAt(end) == '.' && end + 1 < s.length()
                        && CharClass.B64_ANY.has(s.charAt(end + 1))) {
                    end = end + 1 + CharClass.B64_ANY.run(s, end + 1, AssignmentScanner.MAX_VALUE);
                }
                return end > v ? new Assignment(a.keyStart(), a.keyEnd(), v, end, a.form(), false) : a;
            }
        }
        return a;
    }

    static double score(String s, String lower, Assignment a) {
        int from = a.valueStart();
        int to = a.valueEnd();
        int len = to - from;
        if (len < 8 || SecretValues.isPlaceholder(s, from, to) || !a.quoted() && PasswordRecognizer.looksLikeCode(s, from, to)) {
            return 0;
        }
        if (a.form() == Assignment.Form.FLAG && s.charAt(from) == '-') {
            return 0;
        }
        int strength = strength(s, lower, a.keyStart(), AssignmentScanner.nameEnd(lower, a.keyStart(), a.keyEnd()));
        if (isUuid(s, from, to)) {
            return strength == 2 ? 0.65 : 0;
        }
        if (!SecretValues.looksRandom(s, from, to) || hasSpace(s, from, to)) {
            return 0;
        }
        if (strength == 2) {
            return a.form() == Assignment.Form.PROSE ? 0.75 : 0.85;
        }
        return len >= 16 ? 0.6 : 0;
    }

    private static boolean hasSpace(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isUuid(String s, int from, int to) {
        if (to - from != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(from + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !CharClass.HEX.has(c)) {
                return false;
            }
        }
        return true;
    }
}
