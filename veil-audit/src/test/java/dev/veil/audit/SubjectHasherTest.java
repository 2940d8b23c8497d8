package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectHasherTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "maria.garcia@example.org|  maria.garcia@example.org  |true",
            "José Núñez|Jose\u0301 Nu\u0301n\u0303ez|true",
            "maria.garcia@example.org|Maria.Garcia@example.org|false",
            "536-22-8726|536228726|false",
    })
    void normalisesWhiteSpaceAndUnicodeFormButNothingElse(String a, String b, boolean same) {
        SubjectHasher h = SubjectHasher.open(dir);
        assertThat(h.hash(SecretValue.of(a)).equals(h.hash(SecretValue.of(b)))).isEqualTo(same);
    }

    @Test
    void hashIsKeyedAndStableAcrossReopen(@TempDir Path other) {
        SecretValue subject = SecretValue.of("maria.garcia@example.org");
        String first = SubjectHasher.open(dir).hash(subject);
        assertThat(SubjectHasher.open(dir).hash(subject)).isEqualTo(first);
        assertThat(SubjectHasher.open(other).hash(subject)).isNotEqualTo(first);
        assertThat(first).startsWith("hmac-sha256:").hasSize("hmac-sha256:".length() + 64);
    }

    @Test
    void erasureRecordCarriesNoValueInMemoryOrOnDisk() throws Exception {
        String subject = "maria.garcia@example.org";
        SubjectHasher h = SubjectHasher.open(dir);
        AuditRecord r = h.erasureRecord(Fixtures.T0, "dpo@acme", SecretValue.of(subject), 4,
                List.of(Scope.of("acme", "c2"), Scope.of("acme", "c1"))).requestId("erase-1").build();
        assertThat(r.toString()).doesNotContain(subject, "maria");
        assertThat(r.attributes()).containsEntry("scopes", "acme/c1,acme/c2").containsEntry("mappings_destroyed", "4")
                .containsEntry("subject_hash", h.hash(SecretValue.of(subject)));
        try (FileAuditLog log = FileAuditLog.open(AuditLogConfig.builder(dir).build())) {
            log.append(r);
        }
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    assertThat(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as(p.toString()).doesNotContain(subject, "maria");
                }
            }
        }
    }
}
