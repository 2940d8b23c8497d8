package dev.veil.monitor.echo;

import dev.veil.core.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns text into the keyed word hashes that shingles are built from. Words are maximal runs of
 * letters and digits, NFKC-folded and lower-cased, so punctuation, case and spacing changes do not
 * hide a copy. Each distinct word is hashed once per call with HMAC-SHA256 (JCA) under the index
 * key and truncated to 64 bits: without the key nobody can compute the fingerprint of a guessed
 * phrase, so the index reveals nothing about the protected text.
 *
 * <p>Not thread-safe (holds a {@link Mac}); one per index build or per scan.
 */
final class Fingerprinter {
    private final Mac mac;
    private final Map<String, Long> cache = new HashMap<>();

    Fingerprinter(SecretBytes key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.reveal(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("echo fingerprints: HmacSHA256 unavailable", e);
        }
    }

    /** Hashes of the words of {@code text}, in order, passed to {@code sink} as they are found. */
    void words(CharSequence text, LongConsumer sink) {
        int n = text.length();
        int i = 0;
        StringBuilder w = new StringBuilder(24);
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            w.setLength(0);
            boolean ascii = true;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                char d = text.charAt(i);
                ascii &= d < 128;
                w.append(d);
                i++;
            }
            sink.accept(hash(normalise(w, ascii)));
        }
    }

    private static String normalise(StringBuilder w, boolean ascii) {
        String s = w.toString();
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private long hash(String word) {
        Long h = cache.get(word);
        if (h != null) {
            return h;
        }
        byte[] d = mac.doFinal(word.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (d[k] & 0xFF);
        }
        cache.put(word, v);
        return v;
    }
}
