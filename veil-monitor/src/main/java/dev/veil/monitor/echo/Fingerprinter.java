package dev.veil.monitor.echo;

import dev.veil.core.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Turns text into the keyed word hashes that shingles are built from. Words are maximal runs of
 * letters and digits, NFKC-folded and lower-cased, so punctuation, case and spacing changes do not
 * hide a copy. Each word is hashed with SipHash-2-4 (BouncyCastle), a keyed pseudo-random function
 * made for short inputs, under a 128-bit key derived from the index key with HMAC-SHA256 (JCA):
 * without the key nobody can compute the fingerprint of a guessed phrase, so the index reveals
 * nothing about the protected text. SipHash rather than HMAC because an answer has thousands of
 * words and HMAC-SHA256 per word was the largest cost of an echo check.
 *
 * <p>Not thread-safe (holds a {@link SipHash} and a buffer); one per index build or per scan.
 */
final class Fingerprinter {
    private static final byte[] LABEL = "veil/echo/word-siphash/v1".getBytes(StandardCharsets.US_ASCII);

    private final SipHash sip = new SipHash(2, 4);
    private final KeyParameter key;
    private byte[] buf = new byte[64];

    Fingerprinter(SecretBytes indexKey) {
        this(wordKey(indexKey));
    }

    /** A fingerprinter with an already derived word key (see {@link #wordKey}); the key is only read. */
    Fingerprinter(KeyParameter wordKey) {
        this.key = wordKey;
    }

    /**
     * The SipHash key derived from the index key. Derived once per index and shared by its scanners:
     * an HMAC (with a JCA provider lookup) per answer was a visible per-request cost.
     */
    static KeyParameter wordKey(SecretBytes indexKey) {
        byte[] k = derive(indexKey);
        KeyParameter p = new KeyParameter(k);
        Arrays.fill(k, (byte) 0);
        return p;
    }

    private static byte[] derive(SecretBytes indexKey) {
        byte[] raw = indexKey.reveal();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(LABEL), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("echo fingerprints: HmacSHA256 unavailable", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Hashes of the words of {@code text}, in order, passed to {@code sink} as they are found. */
    void words(CharSequence text, LongConsumer sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                ascii &= text.charAt(i) < 128;
                i++;
            }
            sink.accept(ascii ? hashAscii(text, start, i) : hashWord(text.subSequence(start, i).toString()));
        }
    }

    /** ASCII fast path: lower-case straight into the buffer, no string allocated. */
    private long hashAscii(CharSequence text, int start, int end) {
        int len = end - start;
        if (buf.length < len) {
            buf = new byte[Math.max(len, buf.length * 2)];
        }
        for (int j = 0; j < len; j++) {
            char c = text.charAt(start + j);
            buf[j] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return sip(buf, len);
    }

    private long hashWord(String word) {
        byte[] b = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8);
        return sip(b, b.length);
    }

    private long sip(byte[] b, int len) {
        sip.init(key);
        sip.update(b, 0, len);
        return sip.doFinal();
    }
}
