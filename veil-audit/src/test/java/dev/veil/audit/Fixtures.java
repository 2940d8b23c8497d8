package dev.veil.audit;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shared builders and file surgery for the audit tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private Fixtures() {
    }

    static AuditRecord request(Instant time, int i) {
        return AuditRecord.builder(AuditKind.REQUEST, time)
                .principal("svc-billing")
                .keyId("key-" + (i % 3))
                .roles(List.of("reader", "restorer"))
                .model("llama-3.1-8b")
                .upstream("http://127.0.0.1:8081/v1")
                .entities(EntityType.EMAIL, 1 + i % 2)
                .entities(EntityType.CREDIT_CARD, i % 2)
                .operator("pseudonymize", 2)
                .decision(i % 5 == 0 ? "block" : "mask")
                .rule("pci.card")
                .latency(Duration.ofMillis(12 + i % 7))
                .status(i % 5 == 0 ? 403 : 200)
                .scope(Scope.of("acme", "conv-" + (i % 4)))
                .requestId("req-" + i)
                .build();
    }

    /**
     * A config with small segments so a few records span several of them. PERIODIC keeps these
     * tests fast; durability per policy is what FileAuditLogTest and CrashRecoveryTest cover.
     */
    static AuditLogConfig.Builder config(Path dir, MutableClock clock) {
        return AuditLogConfig.builder(dir).clock(clock).maxSegmentBytes(4096).fsyncPolicy(FsyncPolicy.PERIODIC);
    }

    static void appendMany(AuditLog log, MutableClock clock, int n) {
        for (int i = 0; i < n; i++) {
            log.append(request(clock.instant(), i));
        }
    }

    static Path segment(Path dir, long index) {
        return SegmentFiles.segment(dir, index);
    }

    static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Rewrites a segment's chain after an edit, as an attacker without the signing key would:
     * every hash recomputed from {@code prev} on, so only the signed seal can tell.
     */
    static void rechain(Path file, byte[] prev) throws Exception {
        ChainHash chain = new ChainHash();
        List<String> out = new ArrayList<>();
        for (String l : lines(file)) {
            byte[] b = l.getBytes(StandardCharsets.UTF_8);
            EntryCodec.Decoded d = EntryCodec.decodeLine(b, 0, b.length);
            byte[] hash = chain.next(prev, d.seq(), d.recordBytes());
            byte[] line = EntryCodec.encodeLine(d.seq(), prev, hash, d.recordBytes());
            out.add(new String(line, 0, line.length - 1, StandardCharsets.UTF_8));
            prev = hash;
        }
        writeLines(file, out);
    }
}
