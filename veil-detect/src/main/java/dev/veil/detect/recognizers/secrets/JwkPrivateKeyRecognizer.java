package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Private or symmetric keys written as JSON Web Keys (RFC 7517/7518): a JSON object with a
 * {@code "kty"} member and at least one private member, {@code "d"} (RSA, EC, OKP private
 * exponent or scalar), {@code "p"}, {@code "q"}, {@code "dp"}, {@code "dq"}, {@code "qi"} (RSA
 * factors) or {@code "k"} (an "oct" symmetric key), whose value is a base64url string of 16 or
 * more characters. The whole object is the span, as for a PEM block: its other members say which
 * key it is. Public JWKs ({@code "n"}, {@code "e"}, {@code "x"}, {@code "y"} only) are not secrets
 * and are never reported.
 */
public final class JwkPrivateKeyRecognizer implements Recognizer {
    private static final String KTY = "\"kty\"";
    private static final String[] PRIVATE_MEMBERS = {"\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"k\""};
    /** How far an object may extend around its "kty" member (an RSA-8192 private JWK fits). */
    static final int MAX_OBJECT = 12_000;
    static final int MIN_VALUE = 16;

    @Override
    public String name() {
        return "jwk_private_key";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PRIVATE_KEY);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain('{') || !text.mayContain('"')) {
            return;
        }
        String s = text.string();
        int coveredUntil = 0;
        for (int i = s.indexOf(KTY); i >= 0; i = s.indexOf(KTY, i + KTY.length())) {
            if (i < coveredUntil) {
                continue;
            }
            int open = openingBrace(s, i);
            int close = open < 0 ? -1 : closingBrace(s, open);
            if (close < 0 || !hasPrivateMember(s, open, close)) {
                continue;
            }
            out.add(new Finding(EntityType.PRIVATE_KEY, open, close + 1, 0.9, name()));
            coveredUntil = close + 1;
        }
    }

    /** The '{' of the object whose member starts at {@code at}: the nearest unmatched one before it. */
    private static int openingBrace(String s, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && at - i <= MAX_OBJECT; i--) {
            char c = s.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The '}' matching the '{' at {@code open}, skipping braces inside JSON strings, or -1. */
    private static int closingBrace(String s, int open) {
        int depth = 0;
        boolean inString = false;
        int limit = Math.min(s.length(), open + MAX_OBJECT);
        for (int i = open; i < limit; i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasPrivateMember(String s, int open, int close) {
        String object = s.substring(open, close + 1); // bounds every member search to this object
        int end = object.length() - 1;
        for (String member : PRIVATE_MEMBERS) {
            for (int m = object.indexOf(member); m >= 0; m = object.indexOf(member, m + 1)) {
                if (valueLength(object, m + member.length(), end) >= MIN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Length of a base64url string value after a member name ({@code : "..."}), or 0. */
    private static int valueLength(String s, int i, int close) {
        while (i < close && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i >= close || s.charAt(i) != ':') {
            return 0;
        }
        i++;
        while (i < close && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= close || s.charAt(i) != '"') {
            return 0;
        }
        int start = ++i;
        while (i < close && isBase64Url(s.charAt(i))) {
            i++;
        }
        return i < close && s.charAt(i) == '"' ? i - start : 0;
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '=';
    }
}
