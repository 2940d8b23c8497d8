package dev.veil.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 digest of a text's UTF-8 bytes, used as a cache key for results computed from the
 * text (findings, screening detections), so that caches never hold the text itself. Equal texts
 * give equal digests. {@link #toString()} prints no digest bits: a digest of a short value can be
 * reversed by guessing.
 */
public record TextDigest(long a, long b, long c, long d) {
    private static final MessageDigest PROTOTYPE = newDigest();

    public static TextDigest of(String text) {
        MessageDigest md;
        try {
            // A clone skips the provider lookup; a thread-local would not help on virtual threads.
            md = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            md = newDigest();
        }
        ByteBuffer h = ByteBuffer.wrap(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        return new TextDigest(h.getLong(), h.getLong(), h.getLong(), h.getLong());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "TextDigest[sha256]";
    }
}
