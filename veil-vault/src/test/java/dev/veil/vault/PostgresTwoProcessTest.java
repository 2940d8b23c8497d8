package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.keys.KeyProviders;
import dev.veil.vault.keys.LocalKeyRing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes share one PostgreSQL vault and tokenize the same values at the same time, each in
 * its own order: both must end with identical tokens, no duplicates and no lost mappings.
 */
class PostgresTwoProcessTest {
    private static final int VALUES = 1500;
    private static final String KEY_SPEC = "k1:" + TestKeys.base64(11);

    @TempDir
    Path work;
    private String schema;

    @BeforeEach
    void setUp() {
        PostgresTestSupport.assumeAvailable();
        schema = PostgresTestSupport.uniqueSchema();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            PostgresTestSupport.dropSchema(schema);
        }
    }

    @Test
    void concurrentProcessesEndWithTheSameTokens() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(start("p" + p, 1000 + p));
        }
        long deadline = System.currentTimeMillis() + 90_000;
        while (!(Files.exists(work.resolve("ready-p0")) && Files.exists(work.resolve("ready-p1")))) {
            for (Process pr : processes) {
                assertThat(pr.isAlive() || pr.exitValue() == 0).as("child died early: %s", stderr(processes.indexOf(pr))).isTrue();
            }
            assertThat(System.currentTimeMillis()).as("children did not get ready").isLessThan(deadline);
            Thread.sleep(20);
        }
        Files.createFile(work.resolve("go"));
        List<Map<Integer, String>> results = new ArrayList<>();
        for (int p = 0; p < processes.size(); p++) {
            Process pr = processes.get(p);
            String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pr.waitFor(120, TimeUnit.SECONDS)).as("child %d finished", p).isTrue();
            assertThat(pr.exitValue()).as("child %d exit; stderr: %s", p, stderr(p)).isZero();
            results.add(parse(out));
        }
        assertThat(results.get(0)).hasSize(VALUES).isEqualTo(results.get(1));
        assertThat(new HashSet<>(results.get(0).values())).as("one token per value").hasSize(VALUES);

        LocalKeyRing ring = KeyProviders.fromEnvironment(Map.of(KeyProviders.ENV_VAR, KEY_SPEC));
        try (TokenVault v = Vaults.postgres(PostgresTestSupport.URL).schema(schema).keyProvider(ring).open()) {
            Map<String, SecretValue> all = v.revealAll(Scope.of("acme", "shared-dataset"), TokenVaultContract.ADMIN);
            assertThat(all).hasSize(VALUES);
            results.get(0).forEach((i, token) -> assertThat(all.get(token)).isEqualTo(SecretValue.of("subject-" + i)));
            assertThat(all.keySet()).allMatch(t -> t.matches("\\[PERSON_([1-9][0-9]*)]"));
            assertThat(all.keySet().stream().map(t -> Integer.parseInt(t.replaceAll("\\D", ""))).max(Integer::compare))
                    .as("sequence numbers have no gaps").contains(VALUES);
        }
    }

    private Process start(String name, long seed) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + work, VaultWriterProcess.class.getName(),
                PostgresTestSupport.URL, schema, Long.toString(seed), Integer.toString(VALUES), work.toString(), name);
        pb.environment().put(KeyProviders.ENV_VAR, KEY_SPEC);
        pb.redirectError(work.resolve("stderr-" + name).toFile());
        return pb.start();
    }

    private String stderr(int p) {
        try {
            return Files.readString(work.resolve("stderr-p" + p));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }

    private static Map<Integer, String> parse(String out) {
        Map<Integer, String> m = new HashMap<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t", 2);
                m.put(Integer.parseInt(parts[0]), parts[1]);
            }
        }
        return m;
    }
}
