package dev.veil.monitor.output;

import dev.veil.core.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of normalised values, so a conversation can remember what the caller sent and what
 * tokens it was issued without keeping any of it. Normalisation (NFKC, lower case, letters and
 * digits only) makes "4539 1488 0343 6467" and "4539-1488-0343-6467", or "Maria Garcia" and
 * "MARIA GARCIA", the same value. HMAC-SHA256 (JCA), truncated to 128 bits. Thread-safe.
 */
final class ValueHasher {
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    ValueHasher(SecretBytes key) {
        if (key.length() < 16) {
            throw new IllegalArgumentException("value hash key must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.reveal(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("value hasher: HmacSHA256 unavailable", e);
        }
    }

    /** A 128-bit keyed digest. */
    record Digest(long hi, long lo) {
        @Override
        public String toString() {
            return "Digest[***]";
        }
    }

    /** The digest of {@code value} after normalisation, or null if nothing is left of it. */
    Digest hash(CharSequence value) {
        String n = normalise(value);
        if (n.isEmpty()) {
            return null;
        }
        byte[] d = macs.get().doFinal(n.getBytes(StandardCharsets.UTF_8));
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (d[i] & 0xFF);
            lo = (lo << 8) | (d[i + 8] & 0xFF);
        }
        return new Digest(hi, lo);
    }

    static String normalise(CharSequence value) {
        String s = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
