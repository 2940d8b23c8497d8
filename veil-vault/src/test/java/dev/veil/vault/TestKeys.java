package dev.veil.vault;

import dev.veil.core.SecretBytes;
import dev.veil.vault.keys.LocalKeyRing;
import java.util.Base64;
import java.util.Random;

/** Deterministic test keys: fixed seeds, never real secrets. */
final class TestKeys {
    private TestKeys() {
    }

    static SecretBytes key(long seed) {
        byte[] raw = new byte[32];
        new Random(seed).nextBytes(raw);
        return SecretBytes.copyOf(raw);
    }

    static String base64(long seed) {
        return Base64.getEncoder().encodeToString(key(seed).reveal());
    }

    static LocalKeyRing ring(String id, long seed) {
        return LocalKeyRing.of(id, key(seed), "test");
    }
}
