package dev.veil.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.audit.AuditVerifier;
import dev.veil.cli.Veil;
import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.vault.RevealCapability;
import dev.veil.vault.TokenRequest;
import dev.veil.vault.TokenVault;
import dev.veil.vault.Vaults;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EraseCommandTest {
    @TempDir
    Path data;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Veil.configure(new CommandLine(new Veil())).execute(args);
            assertThat(code).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void erasesEveryMappingAcrossScopesAndAuditsOnlyAKeyedHash() throws Exception {
        Scope a = Scope.of("acme", "conv:1");
        Scope b = Scope.of("acme", "dataset:crm");
        try (TokenVault v = Vaults.sqlite(data).open()) {
            v.tokenize(a, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia"), TokenRequest.of(EntityType.PERSON, "Daniel Hale")));
            v.tokenize(b, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
        }
        String out = run("erase", "--subject", "Maria Garcia", "--reason", "Art 17 request 42", "--data", data.toString());
        assertThat(out).contains("erased 2 mapping(s) in 2 scope(s)").doesNotContain("Maria");
        try (TokenVault v = Vaults.sqlite(data).open()) {
            RevealCapability cap = RevealCapability.grant("test", "check");
            assertThat(v.revealAll(a, cap).values()).extracting(s -> s.reveal()).containsExactly("Daniel Hale");
            assertThat(v.revealAll(b, cap)).isEmpty();
        }
        assertThat(AuditVerifier.forDirectory(data.resolve("audit")).verify().ok()).isTrue();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertThat(raw).as(p.toString()).doesNotContain("Maria Garcia");
            }
        }
        String audit;
        try (Stream<Path> files = Files.walk(data.resolve("audit"))) {
            audit = files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.ISO_8859_1);
                } catch (java.io.IOException e) {
                    return "";
                }
            }).reduce("", String::concat);
        }
        assertThat(audit).contains("ERASE").contains("hmac-sha256:").contains("mappings_destroyed");
    }

    @Test
    void purgeRunsOnAnEmptyDataDirectory() {
        String out = run("purge", "--data", data.toString(), "--vault-ttl", "30d");
        assertThat(out).contains("audit: purged 0 segment(s)").contains("vault: purged 0");
    }
}
