package dev.veil.bench.audit;

import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditLogConfig;
import dev.veil.audit.AuditRecord;
import dev.veil.audit.AuditVerifier;
import dev.veil.audit.FileAuditLog;
import dev.veil.audit.FsyncPolicy;
import dev.veil.audit.VerificationReport;
import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Audit log throughput: appends per second for each fsync policy with 1 and 8 concurrent
 * (virtual-thread) appenders, then verify speed in records per second. Not a JMH benchmark:
 * fsync-bound work is measured as wall-clock throughput over a fixed window.
 *
 * <p>Usage: {@code AuditLogBench [seconds-per-case] [work-dir]} (defaults: 3, a temp dir).
 */
public final class AuditLogBench {
    private AuditLogBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("veil-audit-bench");
        System.out.printf("work dir %s, %.1f s per case, %d cpus%n", work, seconds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-9s %9s %14s %12s%n", "policy", "appenders", "records/s", "records");
        Path biggest = null;
        long biggestCount = 0;
        for (FsyncPolicy policy : FsyncPolicy.values()) {
            for (int threads : new int[] {1, 8}) {
                Path dir = work.resolve(policy + "-" + threads);
                long n = run(dir, policy, threads, seconds);
                if (n > biggestCount) {
                    biggestCount = n;
                    biggest = dir;
                }
            }
        }
        // Verify twice and keep the second (warm) figure.
        AuditVerifier.forDirectory(biggest).verify();
        long start = System.nanoTime();
        VerificationReport report = AuditVerifier.forDirectory(biggest).verify();
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("verify: %d records in %d segments, ok=%s, %.0f records/s%n", report.records(),
                report.segments(), report.ok(), report.records() / secs);
        deleteTree(work);
    }

    private static long run(Path dir, FsyncPolicy policy, int threads, double seconds) throws Exception {
        LongAdder count = new LongAdder();
        long window = (long) (seconds * 1e9);
        long start;
        try (FileAuditLog log = FileAuditLog.open(AuditLogConfig.builder(dir).fsyncPolicy(policy).build())) {
            start = System.nanoTime();
            long deadline = start + window;
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                workers.add(Thread.ofVirtual().start(() -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        log.append(record(id, i));
                        count.increment();
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-9s %9d %14.0f %12d%n", policy, threads, count.sum() / elapsed, count.sum());
        return count.sum();
    }

    /** A typical gateway request record (about 400 bytes on disk). */
    private static AuditRecord record(int thread, int i) {
        return AuditRecord.builder(AuditKind.REQUEST, Instant.now())
                .principal("svc-billing").keyId("key-" + thread).roles(List.of("reader"))
                .model("llama-3.1-8b").upstream("http://127.0.0.1:8081/v1")
                .entities(EntityType.EMAIL, 2).entities(EntityType.CREDIT_CARD, 1)
                .operator("pseudonymize", 3).decision("mask").rule("pci.card")
                .latency(Duration.ofMillis(12)).status(200).scope(Scope.of("acme", "conv-" + (i % 50)))
                .requestId("req-" + thread + "-" + i).build();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
