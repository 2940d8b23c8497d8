package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the raw bytes the SQLite vault leaves on disk (database, -wal, -shm, and the JVM's temp
 * directory) and checks that no planted value appears in any encoding or case.
 */
class SqliteFileAtRestTest {
    private static final Scope SCOPE = Scope.of("acme", "at-rest");
    private static final List<TokenRequest> PLANTED = List.of(
            TokenRequest.of(EntityType.PERSON, "Zebulon Quixote-Marchetti"),
            TokenRequest.of(EntityType.EMAIL, "zq.marchetti@example.org"),
            TokenRequest.of(EntityType.SSN, "536-22-8726"),
            TokenRequest.of(EntityType.CREDIT_CARD, "4539148803436467"),
            TokenRequest.of(EntityType.ADDRESS, "1600 Quillfeather Parkway"),
            TokenRequest.of(EntityType.PERSON, "Ærøskøbing Ødegård"));

    @TempDir
    Path dir;

    @Test
    void noPlantedValueIsStoredInPlaintext() throws IOException {
        Path data = dir.resolve("vault");
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 7)).open()) {
            v.tokenize(SCOPE, PLANTED);
            for (int i = 0; i < 200; i++) {
                v.tokenize(Scope.of("acme", "filler-" + (i % 7)), List.of(TokenRequest.of(EntityType.PERSON, "filler " + i)));
            }
            assertThat(v.revealAll(SCOPE, TokenVaultContract.ADMIN)).hasSize(PLANTED.size());
            // While open, the write-ahead log holds the recent pages.
            Path wal = data.resolve(Vaults.SQLITE_FILE_NAME + "-wal");
            assertThat(wal).exists();
            assertThat(Files.size(wal)).isPositive();
            assertNoPlaintext(List.of(data, Path.of(System.getProperty("java.io.tmpdir"))));
        }
        assertNoPlaintext(List.of(data, Path.of(System.getProperty("java.io.tmpdir"))));
    }

    @Test
    void filesAreReadableByTheOwnerOnly() throws IOException {
        Path data = dir.resolve("perms");
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 7)).open()) {
            v.tokenize(SCOPE, PLANTED);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            for (String f : List.of("", "-wal", "-shm")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(Vaults.SQLITE_FILE_NAME + f))))
                        .as(f).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void destroyedScopeKeysAreGoneFromTheFileBytes() throws Exception {
        Path data = dir.resolve("shred");
        Path db = data.resolve(Vaults.SQLITE_FILE_NAME);
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 7)).open()) {
            v.tokenize(SCOPE, PLANTED);
            v.tokenize(Scope.of("acme", "kept"), List.of(TokenRequest.of(EntityType.PERSON, "kept value")));
            List<byte[]> secrets = new ArrayList<>(rawColumn(db, "SELECT dek_keyset FROM scopes WHERE sid = 'at-rest'"));
            secrets.addAll(rawColumn(db, "SELECT ciphertext FROM entries e JOIN scopes s ON s.ref = e.scope_ref WHERE s.sid = 'at-rest'"));
            assertThat(secrets).hasSize(1 + PLANTED.size());
            v.destroyScope(SCOPE, TokenVaultContract.ERASE);
            for (Path f : filesUnder(data)) {
                byte[] bytes = Files.readAllBytes(f);
                for (byte[] secret : secrets) {
                    assertThat(indexOf(bytes, secret)).as("destroyed key or ciphertext in %s", f.getFileName()).isEqualTo(-1);
                }
            }
            assertThat(v.revealAll(Scope.of("acme", "kept"), TokenVaultContract.ADMIN)).hasSize(1);
        }
    }

    private static List<byte[]> rawColumn(Path db, String sql) throws SQLException {
        List<byte[]> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getBytes(1));
            }
        }
        return out;
    }

    private static void assertNoPlaintext(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            files.addAll(filesUnder(root));
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (TokenRequest r : PLANTED) {
                String v = r.value().reveal();
                for (String form : List.of(v, v.toLowerCase(Locale.ROOT), v.toUpperCase(Locale.ROOT))) {
                    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                        assertThat(indexOf(bytes, form.getBytes(cs))).as("%s in %s (%s)", r.type(), f, cs).isEqualTo(-1);
                    }
                }
            }
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(Files::isReadable).toList();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
