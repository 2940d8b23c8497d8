package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.SecretBytes;
import dev.veil.vault.keys.LocalKeyRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorKeysTest {
    private static LocalKeyRing ring(String id) {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return LocalKeyRing.of(id, SecretBytes.copyOf(k), "test");
    }

    /** Deterministic output of the keys, to compare two loads. */
    static final class HexOf {
        static String mac(OperatorKeys keys) {
            return java.util.HexFormat.of().formatHex(keys.mac("hash", Fixtures.SCOPE, 16, "SSN", "536-22-8726"));
        }
    }

    @Test
    void createdOnceThenLoadedWithTheSameKeys(@TempDir Path dir) throws Exception {
        LocalKeyRing kek = ring("k1");
        Path file = dir.resolve("data").resolve(OperatorKeys.FILE_NAME);
        OperatorKeys created = OperatorKeys.loadOrCreate(file, kek);
        OperatorKeys loaded = OperatorKeys.loadOrCreate(file, kek);
        assertThat(HexOf.mac(loaded)).isEqualTo(HexOf.mac(created));
        assertThat(OperatorKeys.load(file, kek).ff1Key()).isEqualTo(created.ff1Key());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("\"kek\" : \"k1\"").doesNotContain(HexOf.mac(created));
        assertThat(created.toString()).doesNotContain(HexOf.mac(created)).contains("***");
    }

    @Test
    void wrongOrMissingKeyIsAClearError(@TempDir Path dir) {
        Path file = dir.resolve(OperatorKeys.FILE_NAME);
        assertThatThrownBy(() -> OperatorKeys.load(file, ring("k1")))
                .isInstanceOf(AnonymizeException.class).hasMessageContaining("does not exist");
        OperatorKeys.loadOrCreate(file, ring("k1"));
        assertThatThrownBy(() -> OperatorKeys.load(file, ring("k1")))
                .isInstanceOf(AnonymizeException.class).hasMessageContaining("wrong master key");
        assertThatThrownBy(() -> OperatorKeys.load(file, ring("k2")))
                .isInstanceOf(AnonymizeException.class).hasMessageContaining("no key with id 'k1'");
    }

    @Test
    void rotationRewrapsUnderTheNewPrimary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(OperatorKeys.FILE_NAME);
        LocalKeyRing old = ring("k1");
        OperatorKeys created = OperatorKeys.loadOrCreate(file, old);
        byte[] k2 = new byte[32];
        new SecureRandom().nextBytes(k2);
        LocalKeyRing rotated = old.withNewPrimary("k2", SecretBytes.copyOf(k2));
        assertThat(HexOf.mac(OperatorKeys.load(file, rotated))).isEqualTo(HexOf.mac(created));
        assertThat(Files.readString(file)).contains("\"kek\" : \"k2\"");
        assertThat(HexOf.mac(OperatorKeys.load(file, LocalKeyRing.of("k2", SecretBytes.copyOf(k2), "t"))))
                .isEqualTo(HexOf.mac(created));
    }

    @Test
    void corruptFileIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(OperatorKeys.FILE_NAME), "{\"version\": 9}");
        assertThatThrownBy(() -> OperatorKeys.load(file, ring("k1"))).hasMessageContaining("not a version 1 key file");
        Files.writeString(file, "not json {");
        assertThatThrownBy(() -> OperatorKeys.load(file, ring("k1"))).hasMessageContaining("not JSON");
    }
}
