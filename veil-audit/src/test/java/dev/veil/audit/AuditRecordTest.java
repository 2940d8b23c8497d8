package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    @ParameterizedTest
    @CsvSource({
            "key_id, 'key with space'",
            "key_id, 'key\"quote'",
            "request_id, ''",
            "rule, 'rule,comma'",
            "role, 'role;drop'",
    })
    void identifiersOutsideTheTokenAlphabetAreRefused(String field, String value) {
        AuditRecord.Builder b = AuditRecord.builder(AuditKind.REQUEST, Instant.EPOCH);
        switch (field) {
            case "key_id" -> b.keyId(value);
            case "request_id" -> b.requestId(value);
            case "rule" -> b.rule(value);
            default -> b.roles(java.util.List.of(value));
        }
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must match")
                .hasMessageNotContaining(value.isEmpty() ? "\u0000" : value);
    }

    @ParameterizedTest
    @CsvSource({"12345678, 12345000", "999, 0", "1000, 1000"})
    void latencyIsKeptInWholeMicroseconds(long nanos, long kept) {
        AuditRecord r = AuditRecord.builder(AuditKind.REQUEST, Instant.EPOCH).latency(Duration.ofNanos(nanos)).build();
        assertThat(r.latency()).isEqualTo(Duration.ofNanos(kept));
    }

    @Test
    void negativeCountsAndLatencyAreRefused() {
        assertThatThrownBy(() -> AuditRecord.builder(AuditKind.REQUEST, Instant.EPOCH).operator("mask", -1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditRecord.builder(AuditKind.REQUEST, Instant.EPOCH)
                .latency(Duration.ofMillis(-1)).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAccumulatePerType() {
        AuditRecord r = AuditRecord.builder(AuditKind.REQUEST, Instant.EPOCH)
                .entities(dev.veil.core.EntityType.EMAIL, 2).entities(dev.veil.core.EntityType.EMAIL, 3).build();
        assertThat(r.entityCounts()).containsEntry("EMAIL", 5);
    }
}
