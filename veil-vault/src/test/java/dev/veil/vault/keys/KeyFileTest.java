package dev.veil.vault.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.vault.VaultKeyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
    @TempDir
    Path dir;

    /** Deterministic bytes: the file logic is under test here, not randomness. */
    private static SecureRandom fixedRandom(long seed) {
        SecureRandom r = new SecureRandom() {
            private final java.util.Random inner = new java.util.Random(seed);

            @Override
            public void nextBytes(byte[] bytes) {
                inner.nextBytes(bytes);
            }
        };
        return r;
    }

    @Test
    void createsA0600FileOnFirstUseAndReadsItBack() throws Exception {
        Path file = dir.resolve("data").resolve(KeyFile.FILE_NAME);
        LocalKeyRing created = KeyFile.loadOrCreate(file, fixedRandom(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(created.primaryKeyId()).isEqualTo("k1");
        LocalKeyRing loaded = KeyFile.loadOrCreate(file, fixedRandom(2));
        assertThat(loaded.exportKey("k1", KeyExportCapability.grant("test", "compare")))
                .isEqualTo(created.exportKey("k1", KeyExportCapability.grant("test", "compare")));
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(KeyFile.FILE_NAME);
        }
    }

    @Test
    void refusesAFileOthersCanRead() throws Exception {
        Path file = dir.resolve(KeyFile.FILE_NAME);
        KeyFile.loadOrCreate(file, fixedRandom(1));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> KeyFile.load(file)).isInstanceOf(VaultKeyException.class)
                .hasMessageContaining("rw-r--r--").hasMessageContaining("chmod 600");
    }

    @Test
    void rotationAddsANewPrimaryAndKeepsTheOldKeys() throws Exception {
        Path file = dir.resolve(KeyFile.FILE_NAME);
        LocalKeyRing v1 = KeyFile.loadOrCreate(file, fixedRandom(1));
        LocalKeyRing v2 = KeyFile.rotate(file, fixedRandom(2));
        LocalKeyRing v3 = KeyFile.rotate(file, fixedRandom(3));
        assertThat(v3.keyIds()).containsExactly("k3", "k2", "k1");
        assertThat(KeyFile.load(file).keyIds()).containsExactly("k3", "k2", "k1");
        KeyExportCapability cap = KeyExportCapability.grant("test", "compare");
        assertThat(v3.exportKey("k1", cap)).isEqualTo(v1.exportKey("k1", cap));
        assertThat(v3.exportKey("k2", cap)).isEqualTo(v2.exportKey("k2", cap));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> KeyFile.load(dir.resolve("nope.key")))
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("does not exist");
    }

    @Test
    void environmentVariableWinsOverTheKeyFile() {
        KeyFile.loadOrCreate(dir.resolve(KeyFile.FILE_NAME), fixedRandom(1));
        String spec = "env1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        LocalKeyRing ring = KeyProviders.fromEnvironmentOrFile(dir, true, Map.of(KeyProviders.ENV_VAR, spec), fixedRandom(2));
        assertThat(ring.primaryKeyId()).isEqualTo("env1");
        assertThat(KeyProviders.fromEnvironmentOrFile(dir, true, Map.of(KeyProviders.ENV_VAR, "  "), fixedRandom(2))
                .primaryKeyId()).isEqualTo("k1");
    }

    @Test
    void unsetEnvironmentVariableIsAClearError() {
        assertThatThrownBy(() -> KeyProviders.fromEnvironment(Map.of()))
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("VEIL_MASTER_KEY is not set");
    }

    @Test
    void aPkcs11TokenSelectedWithoutItsPinOrKeysIsAClearErrorNamingWhatIsMissing(@org.junit.jupiter.api.io.TempDir Path d) {
        assertThatThrownBy(() -> KeyProviders.configured(d, true, Map.of(KeyProviders.PKCS11_LIBRARY, "/x/lib.so"),
                fixedRandom(2))).isInstanceOf(VaultKeyException.class).hasMessageContaining(KeyProviders.PKCS11_PIN);
        assertThatThrownBy(() -> KeyProviders.configured(d, true, Map.of(KeyProviders.PKCS11_LIBRARY, "/x/lib.so",
                KeyProviders.PKCS11_PIN, "1234", KeyProviders.PKCS11_KEYS, "kek"), fixedRandom(2)))
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("not found")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234"));
    }
}
