package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * JSON Web Tokens (RFC 7519, JWS compact form): three base64url parts separated by dots, whose
 * first part decodes to a JSON object with an {@code "alg"} member. Candidates are found with
 * {@code indexOf("eyJ")} (the base64url of {@code {"}), so texts without one cost one intrinsic
 * scan; only candidates are decoded.
 *
 * <p>Unsigned tokens ({@code alg: none}, empty signature) are still bearer credentials and are
 * reported with a slightly lower score.
 */
public final class JwtRecognizer implements Recognizer {
    private static final int MAX_PART = 8192;

    @Override
    public String name() {
        return "jwt";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.JWT);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain('.')) {
            return;
        }
        String s = text.string();
        int i = s.indexOf("eyJ");
        while (i >= 0) {
            int next = i + 3;
            if (i == 0 || !CharClass.B64URL.has(s.charAt(i - 1))) {
                int end = match(s, i);
                if (end > 0) {
                    boolean signed = end - lastDot(s, i, end) > 16;
                    out.add(new Finding(EntityType.JWT, i, end, signed ? 0.95 : 0.85, name()));
                    next = end;
                }
            }
            i = s.indexOf("eyJ", next);
        }
    }

    /** End of the token starting at {@code start}, or -1 if it is not a JWT. */
    private static int match(String s, int start) {
        int h = CharClass.B64URL.run(s, start, MAX_PART);
        int dot1 = start + h;
        if (h < 10 || dot1 >= s.length() || s.charAt(dot1) != '.') {
            return -1;
        }
        int p = CharClass.B64URL.run(s, dot1 + 1, MAX_PART);
        int dot2 = dot1 + 1 + p;
        if (p < 2 || dot2 >= s.length() || s.charAt(dot2) != '.') {
            return -1;
        }
        int sig = CharClass.B64URL.run(s, dot2 + 1, MAX_PART);
        int end = dot2 + 1 + sig;
        if (end < s.length() && (s.charAt(end) == '.' && end + 1 < s.length()
                && CharClass.B64URL.has(s.charAt(end + 1)))) {
            return -1; // four or more parts: a JWE or something else
        }
        return headerHasAlg(s, start, dot1) ? end : -1;
    }

    private static boolean headerHasAlg(String s, int from, int to) {
        int len = to - from;
        // base64url without padding: a length of 1 mod 4 is never valid
        if (len % 4 == 1 || len > 2048) {
            return false;
        }
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(s.substring(from, to));
        } catch (IllegalArgumentException e) {
            return false;
        }
        String header = new String(json, StandardCharsets.UTF_8);
        return header.startsWith("{") && header.contains("\"alg\"");
    }

    private static int lastDot(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (s.charAt(i) == '.') {
                return i;
            }
        }
        return from;
    }
}
