package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditReaderTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Fixtures.T0);

    @BeforeEach
    void write() {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            for (int i = 0; i < 30; i++) {
                log.append(Fixtures.request(clock.instant(), i));
                clock.advance(Duration.ofMinutes(1));
            }
        }
    }

    private List<AuditEntry> query(AuditQuery q) {
        List<AuditEntry> out = new ArrayList<>();
        AuditReader.open(dir).forEach(q, out::add);
        return out;
    }

    @Test
    void filtersCombine() {
        assertThat(query(AuditQuery.all())).hasSize(30);
        assertThat(query(AuditQuery.all().keyId("key-1"))).hasSize(10)
                .allMatch(e -> "key-1".equals(e.record().keyId()));
        assertThat(query(AuditQuery.all().decision("BLOCK"))).hasSize(6);
        assertThat(query(AuditQuery.all().entityType(EntityType.CREDIT_CARD))).hasSize(15);
        assertThat(query(AuditQuery.all().since(Fixtures.T0.plus(Duration.ofMinutes(10)))
                .until(Fixtures.T0.plus(Duration.ofMinutes(20))))).extracting(AuditEntry::seq)
                .containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(query(AuditQuery.all().kind(AuditKind.ERASE))).isEmpty();
    }

    @Test
    void exportWritesTheStoredLinesVerbatim() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = AuditReader.open(dir).exportJsonl(AuditQuery.all().keyId("key-2"), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(n).isEqualTo(10);
        assertThat(lines).hasSize(10);
        List<String> stored = new ArrayList<>();
        for (long s : SegmentFiles.list(dir).keySet()) {
            stored.addAll(Fixtures.lines(Fixtures.segment(dir, s)));
        }
        assertThat(stored).containsAll(List.of(lines));
    }
}
