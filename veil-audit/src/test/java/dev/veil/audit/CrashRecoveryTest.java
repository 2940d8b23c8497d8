package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 under load: a real child JVM appends from 8 virtual threads and is killed with SIGKILL
 * mid-run. Every record it acknowledged must be there after recovery, and verify must pass.
 */
class CrashRecoveryTest {
    private static final int ACKS_BEFORE_KILL = 1000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(FsyncPolicy.class)
    void everyAcknowledgedRecordSurvivesSigkill(FsyncPolicy policy) throws Exception {
        Set<Long> acked = new ConcurrentSkipListSet<>();
        CountDownLatch enough = new CountDownLatch(1);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                CrashingAppender.class.getName(), dir.toString(), policy.name(), "8")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acked.add(Long.parseLong(line.substring(4)));
                        if (acked.size() >= ACKS_BEFORE_KILL) {
                            enough.countDown();
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe closes when the child dies
            }
        });
        boolean reached = enough.await(90, TimeUnit.SECONDS);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        assertThat(reached).as("child acknowledged enough records before the timeout").isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        // Before restart: the open segment is unsealed, but everything signed is intact.
        VerificationReport beforeRecovery = AuditVerifier.forDirectory(dir).verify();
        assertThat(beforeRecovery.ok()).as(beforeRecovery.toString()).isTrue();

        try (FileAuditLog log = FileAuditLog.open(AuditLogConfig.builder(dir).build())) {
            log.append(Fixtures.request(java.time.Instant.now(), 0));
        }
        Set<Long> stored = new HashSet<>();
        List<AuditEntry> recoveries = new ArrayList<>();
        AuditReader.open(dir).forEach(AuditQuery.all(), e -> {
            stored.add(e.seq());
            if (e.record().kind() == AuditKind.RECOVERY) {
                recoveries.add(e);
            }
        });
        assertThat(stored).containsAll(acked);
        assertThat(recoveries).hasSize(1);
        assertThat(recoveries.get(0).record().attributes()).containsKeys("dropped_bytes", "resumed_after_seq");
        VerificationReport report = AuditVerifier.forDirectory(dir).verify();
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void tornTailIsCutOffAndRecorded(@TempDir Path d) throws Exception {
        MutableClock clock = new MutableClock(Fixtures.T0);
        FileAuditLog crashed = FileAuditLog.open(Fixtures.config(d, clock).maxSegmentBytes(1 << 20).build());
        Fixtures.appendMany(crashed, clock, 5);
        // Simulate the crash: copy the files as they are while the writer is still open.
        Path copy = Files.createTempDirectory(d.getParent(), "crashed");
        copyTree(d, copy);
        crashed.close();
        Files.writeString(Fixtures.segment(copy, 1), "{\"v\":1,\"seq\":6,\"prev\":\"ab", StandardOpenOption.APPEND);

        VerificationReport torn = AuditVerifier.forDirectory(copy).verify();
        assertThat(torn.ok()).isTrue();
        assertThat(torn.notes()).anyMatch(n -> n.contains("torn write"));

        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(copy, clock).maxSegmentBytes(1 << 20).build())) {
            assertThat(log.append(Fixtures.request(clock.instant(), 6))).isEqualTo(7);
        }
        List<AuditEntry> entries = new ArrayList<>();
        AuditReader.open(copy).forEach(AuditQuery.all().kind(AuditKind.RECOVERY), entries::add);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(6);
            assertThat(e.record().attributes()).containsEntry("dropped_bytes", "25")
                    .containsEntry("resumed_after_seq", "5");
        });
        assertThat(AuditVerifier.forDirectory(copy).verify().ok()).isTrue();
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(SegmentFiles.LOCK)) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
