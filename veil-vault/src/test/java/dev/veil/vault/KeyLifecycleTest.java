package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.keys.KeyFile;
import dev.veil.vault.keys.KeyProviders;
import dev.veil.vault.keys.LocalKeyRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation, wrong and missing keys, and crypto-shredding, on the SQLite vault. */
class KeyLifecycleTest {
    private static final Scope OLD = Scope.of("acme", "before-rotation");
    private static final Scope NEW = Scope.of("acme", "after-rotation");
    private static final RevealCapability ADMIN = TokenVaultContract.ADMIN;

    @TempDir
    Path dir;

    private static String keyIds(Path data, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Vaults.SQLITE_FILE_NAME));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(rs.getString(1)).append(' ');
            }
            return sb.toString().trim();
        }
    }

    @Test
    void rotationKeepsOldEntriesReadableAndWrapsNewKeysUnderTheNewKek() throws Exception {
        Path data = dir.resolve("rot");
        LocalKeyRing v1 = TestKeys.ring("k1", 1);
        try (TokenVault v = Vaults.sqlite(data).keyProvider(v1).open()) {
            v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
            v.tokenize(NEW, List.of(TokenRequest.of(EntityType.PERSON, "John Smith")));
        }
        LocalKeyRing v2 = v1.withNewPrimary("k2", TestKeys.key(2));
        try (TokenVault v = Vaults.sqlite(data).keyProvider(v2).open()) {
            assertThat(v.reveal(OLD, "[PERSON_1]", ADMIN)).contains(SecretValue.of("Maria Garcia"));
            assertThat(keyIds(data, "SELECT kek_id FROM scopes WHERE sid = 'before-rotation'"))
                    .as("used scope rotated lazily").isEqualTo("k2");
            assertThat(keyIds(data, "SELECT kek_id FROM scopes WHERE sid = 'after-rotation'")).isEqualTo("k1");
            assertThat(keyIds(data, "SELECT kek_id FROM vault_meta")).isEqualTo("k2");
            assertThat(v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Ada")))).containsExactly("[PERSON_2]");
            assertThat(v.rotateKeys()).isEqualTo(1);
            assertThat(v.rotateKeys()).isZero();
        }
        // Every wrap now uses k2, so k1 can be retired.
        LocalKeyRing onlyK2 = TestKeys.ring("k2", 2);
        try (TokenVault v = Vaults.sqlite(data).keyProvider(onlyK2).open()) {
            assertThat(v.revealAll(OLD, ADMIN)).containsOnly(Map.entry("[PERSON_1]", SecretValue.of("Maria Garcia")),
                    Map.entry("[PERSON_2]", SecretValue.of("Ada")));
            assertThat(v.reveal(NEW, "[PERSON_1]", ADMIN)).contains(SecretValue.of("John Smith"));
        }
    }

    @Test
    void wrongKeyFailsAtOpenWithAClearError() {
        Path data = dir.resolve("wrong");
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
        }
        assertThatThrownBy(() -> Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 666)).open())
                .isInstanceOf(VaultKeyException.class)
                .hasMessageContaining("cannot unwrap the vault-wide subject key with key 'k1': wrong key");
    }

    @Test
    void wrongScopeKeyFailsRevealWithoutPartialOutput() throws Exception {
        Path data = dir.resolve("wrong-scope");
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia"), TokenRequest.of(EntityType.PERSON, "Ada")));
        }
        // Corrupt one ciphertext: revealAll must refuse the whole scope, not return the other entry.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Vaults.SQLITE_FILE_NAME));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE entries SET ciphertext = (SELECT ciphertext FROM entries WHERE token = '[PERSON_1]') "
                    + "WHERE token = '[PERSON_2]'");
        }
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            assertThat(v.reveal(OLD, "[PERSON_1]", ADMIN)).contains(SecretValue.of("Maria Garcia"));
            assertThatThrownBy(() -> v.reveal(OLD, "[PERSON_2]", ADMIN))
                    .isInstanceOf(VaultException.class).hasMessageContaining("failed authentication");
            assertThatThrownBy(() -> v.revealAll(OLD, ADMIN)).isInstanceOf(VaultException.class);
        }
    }

    @Test
    void missingKeyIdIsNamedInTheError() {
        Path data = dir.resolve("missing");
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
        }
        assertThatThrownBy(() -> Vaults.sqlite(data).keyProvider(TestKeys.ring("other", 1)).open())
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("no key with id 'k1'");
    }

    @Test
    void lostKeyFileIsReportedInsteadOfReplaced() throws Exception {
        Path data = dir.resolve("lost");
        LocalKeyRing ring = KeyProviders.fromEnvironmentOrFile(data, true, Map.of(), new SecureRandom());
        try (TokenVault v = Vaults.sqlite(data).keyProvider(ring).open()) {
            v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
        }
        Files.delete(data.resolve(KeyFile.FILE_NAME));
        assertThatThrownBy(() -> KeyProviders.fromEnvironmentOrFile(data, !Files.exists(data.resolve(Vaults.SQLITE_FILE_NAME)),
                Map.of(), new SecureRandom()))
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("already holds a vault");
        assertThat(data.resolve(KeyFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void destroyedScopeCiphertextsCannotBeDecryptedAnyMore() throws Exception {
        Path data = dir.resolve("shred");
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
            byte[] ciphertext;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Vaults.SQLITE_FILE_NAME));
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ciphertext FROM entries")) {
                rs.next();
                ciphertext = rs.getBytes(1);
            }
            v.destroyScope(OLD, TokenVaultContract.ERASE);
            // The scope can be used again, but with new keys: the old ciphertext does not open.
            v.tokenize(OLD, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
            try (TokenVault again = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
                ScopeCrypto fresh = keysOf(data, OLD);
                assertThatThrownBy(() -> fresh.open(ciphertext, "[PERSON_1]")).isInstanceOf(GeneralSecurityException.class);
                assertThat(again.reveal(OLD, "[PERSON_1]", ADMIN)).contains(SecretValue.of("Maria Garcia"));
            }
        }
    }

    private static ScopeCrypto keysOf(Path data, Scope scope) {
        VaultStore store = SqliteDialect.open(data);
        try {
            return new KeyManager(TestKeys.ring("k1", 1), store, 10).forRead(scope).orElseThrow();
        } finally {
            store.close();
        }
    }
}
