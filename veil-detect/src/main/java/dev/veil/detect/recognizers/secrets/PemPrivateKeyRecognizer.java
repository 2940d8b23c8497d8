package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * PEM and OpenSSH/PGP private key blocks: {@code -----BEGIN <label> PRIVATE KEY-----} (RSA, EC,
 * DSA, OPENSSH, ENCRYPTED, plain PKCS#8, ...) or {@code -----BEGIN PGP PRIVATE KEY BLOCK-----}.
 * The whole block, header to footer, is one finding, also when it is split over quoted string
 * literals or log prefixes, so that masking it removes every line of key material.
 *
 * <p>An encrypted key is still reported: its ciphertext plus a guessable passphrase is a
 * credential. A header without a footer (a truncated paste) is reported up to the end of the
 * base64 body that follows it, failing closed rather than leaving key material unmasked.
 * Certificates and public keys are not secrets and are never reported.
 */
public final class PemPrivateKeyRecognizer implements Recognizer {
    private static final String BEGIN = "-----BEGIN ";
    /** Longest block we look for a footer in: an RSA-8192 or ML-KEM key in base64 fits. */
    static final int MAX_BLOCK = 8000;

    @Override
    public String name() {
        return "pem_private_key";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PRIVATE_KEY);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain('-')) {
            return;
        }
        String s = text.string();
        int i = s.indexOf(BEGIN);
        while (i >= 0) {
            int labelStart = i + BEGIN.length();
            int labelEnd = s.indexOf("-----", labelStart);
            if (labelEnd < 0) {
                return;
            }
            int next;
            if (labelEnd - labelStart <= 60 && isPrivateLabel(s, labelStart, labelEnd)) {
                int headerEnd = labelEnd + 5;
                int end = footerEnd(s, headerEnd);
                boolean complete = end > 0;
                if (!complete) {
                    end = bodyEnd(s, headerEnd);
                }
                int keyChars = base64Chars(s, headerEnd, end);
                double score = keyChars >= 40 ? (complete ? 1.0 : 0.9) : 0.6;
                out.add(new Finding(EntityType.PRIVATE_KEY, i, end, score, name()));
                next = end;
            } else {
                next = labelEnd;
            }
            i = s.indexOf(BEGIN, next);
        }
    }

    private static boolean isPrivateLabel(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c == ' ' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return s.startsWith("PRIVATE KEY", to - 11) || s.startsWith("PRIVATE KEY BLOCK", to - 17);
    }

    /** End of the {@code -----END ...-----} footer within {@link #MAX_BLOCK}, or -1. */
    private static int footerEnd(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_BLOCK);
        int e = s.indexOf("-----END ", from);
        if (e < 0 || e >= limit) {
            return -1;
        }
        int close = s.indexOf("-----", e + 9);
        if (close < 0 || close - e > 80) {
            return -1;
        }
        return close + 5;
    }

    /**
     * Without a footer: extend over the lines that follow the header and consist of base64 plus
     * the punctuation that wraps key lines in code and logs (quotes, '+', '\\n' escapes,
     * spaces); stop at the first line with anything else, or at a blank line.
     */
    private static int bodyEnd(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_BLOCK);
        int end = from;
        int i = from;
        while (i < limit) {
            int lineEnd = s.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd > limit) {
                lineEnd = limit;
            }
            int lastB64 = -1;
            boolean clean = true;
            for (int k = i; k < lineEnd && clean; k++) {
                char c = s.charAt(k);
                if (CharClass.B64.has(c)) {
                    lastB64 = k;
                } else {
                    clean = c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == '\\' || c == '+';
                }
            }
            if (!clean || lastB64 < 0) {
                if (i == from) {
                    i = lineEnd + 1; // the rest of the header line
                    continue;
                }
                break;
            }
            end = lastB64 + 1;
            i = lineEnd + 1;
        }
        return end;
    }

    private static int base64Chars(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (CharClass.B64.has(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
