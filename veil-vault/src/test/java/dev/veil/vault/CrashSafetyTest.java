package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.keys.KeyProviders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies right after tokenize returned must not leave a token without its mapping: every
 * token the child printed is restorable after the crash.
 */
class CrashSafetyTest {
    private static final String KEY_SPEC = "k1:" + TestKeys.base64(21);

    @TempDir
    Path dir;

    @Test
    void everyTokenThatLeftTheProcessHasItsMappingAfterACrash() throws Exception {
        Path data = dir.resolve("vault");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + dir, CrashingWriterProcess.class.getName(), data.toString(), "25");
        pb.environment().put(KeyProviders.ENV_VAR, KEY_SPEC);
        pb.redirectError(dir.resolve("stderr").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("the child halted abruptly").isEqualTo(137);

        try (TokenVault v = Vaults.sqlite(data)
                .keyProvider(KeyProviders.fromEnvironment(Map.of(KeyProviders.ENV_VAR, KEY_SPEC))).open()) {
            Map<String, SecretValue> all = v.revealAll(Scope.of("acme", "crash"), TokenVaultContract.ADMIN);
            String[] lines = out.strip().split("\n");
            assertThat(lines).hasSize(50);
            for (String line : lines) {
                String[] f = line.split("\t");
                String expected = f[0].equals("PERSON") ? "crash-subject-" + f[1] + "-a" : "crash-" + f[1] + "@example.org";
                assertThat(all.get(f[2])).as("mapping of a printed token").isEqualTo(SecretValue.of(expected));
            }
        }
    }
}
