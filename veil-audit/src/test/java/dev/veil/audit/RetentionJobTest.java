package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.audit.VerificationProblem.Reason;
import dev.veil.core.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionJobTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Fixtures.T0);
    RetentionPolicy policy = RetentionPolicy.keepAllFor(Duration.ofDays(30))
            .keep(AuditKind.ERASE, Duration.ofDays(3650)).build();

    /** Long segment age: rotation happens by size only, so which segments are sealed is deterministic. */
    private FileAuditLog open() {
        return FileAuditLog.open(Fixtures.config(dir, clock).maxSegmentAge(Duration.ofDays(3650)).build());
    }

    private List<AuditEntry> readAll() {
        List<AuditEntry> out = new ArrayList<>();
        AuditReader.open(dir).forEach(AuditQuery.all(), out::add);
        return out;
    }

    @Test
    void expiredSegmentsArePurgedAndVerificationBridgesTheGap() {
        try (FileAuditLog log = open()) {
            Fixtures.appendMany(log, clock, 40);
            clock.advance(Duration.ofDays(31));
            Fixtures.appendMany(log, clock, 10);
            PurgeReport report = new RetentionJob(log, policy, LegalHolds::none).runOnce();
            assertThat(report.purged()).isNotEmpty();
            assertThat(report.purgeSeq()).isPresent();
            VerificationReport mid = AuditVerifier.forDirectory(dir).verify();
            assertThat(mid.ok()).as(mid.toString()).isTrue();
            assertThat(mid.purgedSegments()).isEqualTo(report.purged().size());
        }
        List<AuditEntry> left = readAll();
        assertThat(left).noneMatch(e -> e.record().time().equals(Fixtures.T0) && e.seq() == 1);
        assertThat(left).filteredOn(e -> e.record().kind() == AuditKind.PURGE).singleElement()
                .satisfies(e -> assertThat(e.record().attributes()).containsKeys("purged_segments", "signature"));
        VerificationReport after = AuditVerifier.forDirectory(dir).verify();
        assertThat(after.ok()).as(after.toString()).isTrue();
    }

    @Test
    void nothingIsPurgedBeforeItsTime() {
        try (FileAuditLog log = open()) {
            Fixtures.appendMany(log, clock, 40);
            clock.advance(Duration.ofDays(29));
            PurgeReport report = new RetentionJob(log, policy, LegalHolds::none).runOnce();
            assertThat(report.purged()).isEmpty();
            assertThat(report.purgeSeq()).isEmpty();
        }
    }

    @Test
    void aLongLivedKindKeepsItsSegment() {
        try (FileAuditLog log = open()) {
            log.append(SubjectHasher.open(dir).erasureRecord(clock.instant(), "dpo",
                    dev.veil.core.SecretValue.of("someone@example.org"), 3, List.of(Scope.of("acme", "c1"))).build());
            Fixtures.appendMany(log, clock, 40);
            clock.advance(Duration.ofDays(31));
            PurgeReport report = new RetentionJob(log, policy, LegalHolds::none).runOnce();
            assertThat(report.purged()).doesNotContain(SegmentFiles.name(1)).isNotEmpty();
        }
        assertThat(readAll()).anyMatch(e -> e.record().kind() == AuditKind.ERASE);
        assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();
    }

    @Test
    void legalHoldByScopeOrKeySuspendsThePurge() {
        try (FileAuditLog log = open()) {
            Fixtures.appendMany(log, clock, 40);
            clock.advance(Duration.ofDays(31));
            LegalHolds byScope = new LegalHolds(Set.of("acme/conv-1"), Set.of());
            PurgeReport held = new RetentionJob(log, policy, () -> byScope).runOnce();
            assertThat(held.purged()).isEmpty();
            assertThat(held.held()).isNotEmpty();

            LegalHolds byKey = new LegalHolds(Set.of(), Set.of("key-2"));
            assertThat(new RetentionJob(log, policy, () -> byKey).runOnce().purged()).isEmpty();

            PurgeReport released = new RetentionJob(log, policy, LegalHolds::none).runOnce();
            assertThat(released.purged()).containsExactlyElementsOf(held.held());
        }
        assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();
    }

    @Test
    void theLogReopensAfterEverySealedSegmentWasPurged() {
        try (FileAuditLog log = open()) {
            Fixtures.appendMany(log, clock, 20);
        }
        clock.advance(Duration.ofDays(31));
        long purgedUpTo;
        try (FileAuditLog log = open()) {
            PurgeReport r = new RetentionJob(log, policy, LegalHolds::none).runOnce();
            assertThat(r.purged()).isNotEmpty();
            purgedUpTo = r.purgeSeq().orElseThrow();
        }
        clock.advance(Duration.ofDays(31));
        try (FileAuditLog log = open()) {
            new RetentionJob(log, policy, LegalHolds::none).runOnce();
            assertThat(log.append(Fixtures.request(clock.instant(), 0))).isGreaterThan(purgedUpTo);
        }
        VerificationReport report = AuditVerifier.forDirectory(dir).verify();
        assertThat(report.ok()).as(report.toString()).isTrue();
    }

    @Test
    void deletingASegmentCannotBePassedOffAsAPurge() throws Exception {
        try (FileAuditLog log = open()) {
            Fixtures.appendMany(log, clock, 40);
        }
        // The attacker deletes segment 2 and writes a purge checkpoint, signed with their own key.
        byte[] line = Files.readAllLines(dir.resolve(SegmentFiles.CHECKPOINTS)).get(1).getBytes(StandardCharsets.UTF_8);
        Checkpoint seal = Checkpoint.decode(line, 0, line.length);
        AuditSigner attacker = AuditSigner.loadOrCreate(Files.createTempDirectory(dir, "x"), new SecureRandom());
        Files.write(dir.resolve(SegmentFiles.CHECKPOINTS), Checkpoint.signed(Checkpoint.Type.PURGE, seal.segment(),
                seal.first(), seal.last(), ChainHash.parseHex(seal.head()), clock.instant(), attacker).encodeLine(),
                java.nio.file.StandardOpenOption.APPEND);
        Files.delete(Fixtures.segment(dir, seal.segment()));

        VerificationReport report = AuditVerifier.forDirectory(dir).verify();
        assertThat(report.firstProblem()).map(VerificationProblem::reason).contains(Reason.BAD_SIGNATURE);
    }

    @Test
    void aPurgeCannotBePassedOffAsTampering() throws Exception {
        // Editing the signed purge record (say, to hide which segments went) is itself detected.
        try (FileAuditLog log = open()) {
            Fixtures.appendMany(log, clock, 40);
            clock.advance(Duration.ofDays(31));
            Fixtures.appendMany(log, clock, 3);
            new RetentionJob(log, policy, LegalHolds::none).runOnce();
        }
        Path last = Fixtures.segment(dir, SegmentFiles.list(dir).lastKey());
        List<String> lines = Fixtures.lines(last);
        int i = 0;
        while (!lines.get(i).contains("\"kind\":\"PURGE\"")) {
            i++;
        }
        byte[] b = lines.get(i).getBytes(StandardCharsets.UTF_8);
        byte[] prev = EntryCodec.decodeLine(b, 0, b.length).prev();
        lines.set(i, lines.get(i).replace("\"purged_segments\":\"1:", "\"purged_segments\":\"9:"));
        Fixtures.writeLines(last, lines);
        // Re-chain from the edited record, as an attacker would, so only the signature can tell.
        List<String> tail = new ArrayList<>(lines.subList(i, lines.size()));
        Path scratch = dir.resolve("scratch.jsonl");
        Fixtures.writeLines(scratch, tail);
        Fixtures.rechain(scratch, prev);
        List<String> rebuilt = new ArrayList<>(lines.subList(0, i));
        rebuilt.addAll(Fixtures.lines(scratch));
        Fixtures.writeLines(last, rebuilt);
        Files.delete(dir.resolve(SegmentFiles.HEAD));
        List<String> cps = Fixtures.lines(dir.resolve(SegmentFiles.CHECKPOINTS));
        long lastIndex = SegmentFiles.list(dir).lastKey();
        cps.removeIf(l -> l.contains("\"type\":\"seal\",\"segment\":" + lastIndex + ","));
        Fixtures.writeLines(dir.resolve(SegmentFiles.CHECKPOINTS), cps);

        VerificationReport report = AuditVerifier.forDirectory(dir).verify();
        assertThat(report.firstProblem()).map(VerificationProblem::reason).contains(Reason.BAD_SIGNATURE);
    }
}
