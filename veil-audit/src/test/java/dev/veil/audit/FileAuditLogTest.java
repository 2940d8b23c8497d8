package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.SecretValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileAuditLogTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Fixtures.T0);

    private List<AuditEntry> readAll() {
        List<AuditEntry> out = new ArrayList<>();
        AuditReader.open(dir).forEach(AuditQuery.all(), out::add);
        return out;
    }

    @ParameterizedTest
    @EnumSource(FsyncPolicy.class)
    void concurrentVirtualThreadAppendersGetContiguousUniqueSequenceNumbers(FsyncPolicy policy) throws Exception {
        Set<Long> seqs = new ConcurrentSkipListSet<>();
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).fsyncPolicy(policy)
                .maxSegmentBytes(64 * 1024).build());
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        seqs.add(log.append(Fixtures.request(clock.instant(), thread * 100 + i)));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, 800).boxed().toList());
        assertThat(readAll()).hasSize(800);
        VerificationReport report = AuditVerifier.forDirectory(dir).verify();
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.segments()).isGreaterThan(1);
    }

    @Test
    void recordsReadBackEqualTheAppendedOnes() {
        List<AuditRecord> written = new ArrayList<>();
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            for (int i = 0; i < 20; i++) {
                AuditRecord r = Fixtures.request(clock.instant(), i);
                written.add(r);
                log.append(r);
            }
        }
        assertThat(readAll()).extracting(AuditEntry::record).containsExactlyElementsOf(written);
    }

    @Test
    void reopeningContinuesTheChainInANewSegment() {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).maxSegmentBytes(1 << 20).build())) {
            Fixtures.appendMany(log, clock, 3);
        }
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).maxSegmentBytes(1 << 20).build())) {
            assertThat(log.append(Fixtures.request(clock.instant(), 3))).isEqualTo(4);
        }
        assertThat(readAll()).extracting(AuditEntry::segment).containsExactly(1L, 1L, 1L, 2L);
        assertThat(readAll()).extracting(e -> e.record().kind()).doesNotContain(AuditKind.RECOVERY);
        assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();
    }

    @Test
    void segmentsRotateByAgeOfTheirFirstRecord() {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).maxSegmentBytes(1 << 20)
                .maxSegmentAge(Duration.ofHours(1)).build())) {
            log.append(Fixtures.request(clock.instant(), 0));
            clock.advance(Duration.ofMinutes(30));
            log.append(Fixtures.request(clock.instant(), 1));
            clock.advance(Duration.ofMinutes(31));
            log.append(Fixtures.request(clock.instant(), 2));
        }
        assertThat(readAll()).extracting(AuditEntry::segment).containsExactly(1L, 1L, 2L);
        assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();
    }

    @Test
    void aSecondWriterIsRefused() {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            assertThatThrownBy(() -> FileAuditLog.open(Fixtures.config(dir, clock).build()))
                    .isInstanceOf(AuditException.class).hasMessageContaining("in use");
            log.append(Fixtures.request(clock.instant(), 0));
        }
    }

    @ParameterizedTest
    @EnumSource(FsyncPolicy.class)
    void appendWrittenReturnsOnceTheRecordIsInTheFileAndAwaitsItsFsyncSeparately(FsyncPolicy policy) throws Exception {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).fsyncPolicy(policy).build())) {
            long first = log.append(Fixtures.request(clock.instant(), 0));
            AuditLog.Pending pending = log.appendWritten(Fixtures.request(clock.instant(), 1));
            // written: a reader of the file (or a crash of this process) already sees it
            assertThat(Fixtures.lines(Fixtures.segment(dir, 1))).hasSize(2);
            assertThat(pending.awaitDurable()).isEqualTo(first + 1);
            assertThat(pending.awaitDurable()).isEqualTo(first + 1);
            assertThat(log.append(Fixtures.request(clock.instant(), 2))).isEqualTo(first + 2);
        }
        assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();
    }

    @Test
    void appendWrittenFailsClosedOnAFullDisk() {
        ChannelOpener smallDisk = (path, create) -> new FullDiskChannel(ChannelOpener.DEFAULT.open(path, create), 1500);
        FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).maxSegmentBytes(1 << 20).build(), smallDisk);
        AuditException failure = null;
        for (int i = 0; i < 20 && failure == null; i++) {
            try {
                log.appendWritten(Fixtures.request(clock.instant(), i)).awaitDurable();
            } catch (AuditException e) {
                failure = e;
            }
        }
        assertThat(failure).isNotNull().hasMessageContaining("No space left on device");
        assertThatThrownBy(() -> log.appendWritten(Fixtures.request(clock.instant(), 99)))
                .isInstanceOf(AuditException.class).hasMessageContaining("earlier write failure");
        log.close();
    }

    @Test
    void appendAfterCloseFailsClosed() {
        FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build());
        log.close();
        assertThatThrownBy(() -> log.append(Fixtures.request(clock.instant(), 0)))
                .isInstanceOf(AuditException.class).hasMessageContaining("closed");
    }

    @Test
    void fullDiskFailsTheAppendAndEveryLaterOneUntilReopened() {
        ChannelOpener smallDisk = (path, create) -> new FullDiskChannel(ChannelOpener.DEFAULT.open(path, create), 1500);
        FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).maxSegmentBytes(1 << 20).build(), smallDisk);
        long ok = 0;
        AuditException failure = null;
        for (int i = 0; i < 20 && failure == null; i++) {
            try {
                log.append(Fixtures.request(clock.instant(), i));
                ok++;
            } catch (AuditException e) {
                failure = e;
            }
        }
        assertThat(failure).isNotNull().hasMessageContaining("No space left on device");
        assertThat(failure.getMessage()).doesNotContain("svc-billing", "req-");
        assertThatThrownBy(() -> log.append(Fixtures.request(clock.instant(), 99)))
                .isInstanceOf(AuditException.class).hasMessageContaining("earlier write failure");
        log.close();

        try (FileAuditLog reopened = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            reopened.append(Fixtures.request(clock.instant(), 100));
        }
        assertThat(readAll()).hasSize((int) ok + 2);
        assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();
    }

    @Test
    void unwritableDirectoryFailsAtOpen() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> FileAuditLog.open(Fixtures.config(file.resolve("audit"), clock).build()))
                .isInstanceOf(AuditException.class).hasMessageContaining("cannot open");
    }

    @Test
    void filesAreOwnerOnly() throws Exception {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            log.append(Fixtures.request(clock.instant(), 0));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Fixtures.segment(dir, 1))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("keys").resolve(AuditSigner.PRIVATE_FILE)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys"))))
                .isEqualTo("rwx------");
    }

    @Test
    void maskedTextIsStoredOnlyEncrypted() throws Exception {
        MaskedTextCipher cipher = MaskedTextCipher.open(dir);
        String masked = "Pay <CREDIT_CARD_1> for <PERSON_2> today";
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            log.append(AuditRecord.builder(AuditKind.REQUEST, clock.instant())
                    .maskedText(SecretValue.of(masked), cipher).build());
            log.append(Fixtures.request(clock.instant(), 1));
        }
        assertThat(Files.readString(Fixtures.segment(dir, 1))).doesNotContain("CREDIT_CARD_1", "today");
        List<AuditEntry> entries = readAll();
        assertThat(cipher.decrypt(entries.get(0).record().encryptedText()).reveal()).isEqualTo(masked);
        assertThat(entries.get(1).record().encryptedText()).isNull();
        assertThat(MaskedTextCipher.open(dir).decrypt(entries.get(0).record().encryptedText()).reveal())
                .isEqualTo(masked);
    }

    @Test
    void theHeadCheckpointFollowsAnOpenLog() throws Exception {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).maxSegmentBytes(1 << 20)
                .headInterval(Duration.ofMillis(1)).build())) {
            Fixtures.appendMany(log, clock, 10);
            // The writer refreshes the head on its own schedule; wait for it (bounded), do not time it.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (headLast() != 10 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(headLast()).isEqualTo(10);
            assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();
        }
    }

    private long headLast() throws Exception {
        return CheckpointStore.load(dir).head().map(Checkpoint::last).orElse(0L);
    }

    @Test
    void aLostSigningKeyIsNotSilentlyReplaced() throws Exception {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            Fixtures.appendMany(log, clock, 3);
        }
        Files.delete(dir.resolve("keys").resolve(AuditSigner.PRIVATE_FILE));
        assertThatThrownBy(() -> FileAuditLog.open(Fixtures.config(dir, clock).build()))
                .isInstanceOf(AuditException.class).hasMessageContaining("restore the key");
    }
}
