package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.audit.VerificationProblem.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per tampering pattern the verifier must catch, plus the clean baseline. */
class TamperDetectionTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Fixtures.T0);

    @BeforeEach
    void writeLog() {
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(dir, clock).build())) {
            Fixtures.appendMany(log, clock, 60);
        }
        assertThat(SegmentFiles.segmentsDir(dir).toFile().list()).hasSizeGreaterThan(4);
    }

    private VerificationProblem problem() {
        VerificationReport report = AuditVerifier.forDirectory(dir).verify();
        assertThat(report.ok()).as("verification should fail").isFalse();
        VerificationProblem p = report.firstProblem().orElseThrow();
        assertThat(p.detail()).doesNotContain("svc-billing", "llama", "req-");
        return p;
    }

    private static long seqOf(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return EntryCodec.peekSeq(b, 0, b.length);
    }

    @Test
    void cleanLogVerifies() {
        VerificationReport report = AuditVerifier.forDirectory(dir).verify();
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.records()).isEqualTo(60);
        assertThat(report.lastSeq()).isEqualTo(60);
    }

    @Test
    void editedFieldIsDetected() throws Exception {
        Path seg = Fixtures.segment(dir, 2);
        List<String> lines = Fixtures.lines(seg);
        int i = 0;
        while (!lines.get(i).contains("\"status\":200")) {
            i++;
        }
        long seq = seqOf(lines.get(i));
        lines.set(i, lines.get(i).replace("\"status\":200", "\"status\":500"));
        Fixtures.writeLines(seg, lines);

        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.RECORD_ALTERED);
        assertThat(p.segment()).isEqualTo(2);
        assertThat(p.seq()).isEqualTo(seq);
    }

    @Test
    void deletedRecordIsDetected() throws Exception {
        Path seg = Fixtures.segment(dir, 2);
        List<String> lines = Fixtures.lines(seg);
        long seq = seqOf(lines.remove(2));
        Fixtures.writeLines(seg, lines);

        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.RECORD_MISSING);
        assertThat(p.seq()).isEqualTo(seq);
    }

    @Test
    void reorderedRecordsAreDetected() throws Exception {
        Path seg = Fixtures.segment(dir, 3);
        List<String> lines = Fixtures.lines(seg);
        long seq = seqOf(lines.get(1));
        Collections.swap(lines, 1, 2);
        Fixtures.writeLines(seg, lines);

        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.RECORDS_REORDERED);
        assertThat(p.segment()).isEqualTo(3);
        assertThat(p.seq()).isEqualTo(seq);
    }

    @Test
    void duplicatedRecordIsDetected() throws Exception {
        Path seg = Fixtures.segment(dir, 2);
        List<String> lines = Fixtures.lines(seg);
        lines.add(2, lines.get(1));
        Fixtures.writeLines(seg, lines);

        assertThat(problem().reason()).isEqualTo(Reason.RECORDS_REORDERED);
    }

    @Test
    void truncatedTailOfSealedSegmentIsDetected() throws Exception {
        long last = SegmentFiles.list(dir).lastKey();
        Path seg = Fixtures.segment(dir, last);
        List<String> lines = Fixtures.lines(seg);
        lines.remove(lines.size() - 1);
        Fixtures.writeLines(seg, lines);

        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(p.seq()).isEqualTo(60);
    }

    @Test
    void truncatedTailOfOpenSegmentIsDetectedByTheHeadCheckpoint() throws Exception {
        // A crashed writer leaves the last segment unsealed; only the head checkpoint guards it.
        long last = SegmentFiles.list(dir).lastKey();
        List<String> checkpoints = Fixtures.lines(dir.resolve(SegmentFiles.CHECKPOINTS));
        checkpoints.removeIf(l -> l.contains("\"type\":\"seal\",\"segment\":" + last + ","));
        Fixtures.writeLines(dir.resolve(SegmentFiles.CHECKPOINTS), checkpoints);
        assertThat(AuditVerifier.forDirectory(dir).verify().ok()).isTrue();

        Path seg = Fixtures.segment(dir, last);
        List<String> lines = Fixtures.lines(seg);
        lines.remove(lines.size() - 1);
        Fixtures.writeLines(seg, lines);

        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(p.seq()).isEqualTo(60);
    }

    @Test
    void deletedLastSegmentIsDetected() throws Exception {
        Files.delete(Fixtures.segment(dir, SegmentFiles.list(dir).lastKey()));
        assertThat(problem().reason()).isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void replacedSegmentIsDetected() throws Exception {
        // Edit a record of segment 3 and rebuild the whole segment's chain from segment 2's head:
        // internally consistent, linked to its predecessor, but not what was sealed.
        Path seg = Fixtures.segment(dir, 3);
        List<String> lines = Fixtures.lines(seg);
        lines.set(0, lines.get(0).replace("\"principal\":\"svc-billing\"", "\"principal\":\"svc-other\""));
        Fixtures.writeLines(seg, lines);
        List<String> prev = Fixtures.lines(Fixtures.segment(dir, 2));
        String lastOfPrev = prev.get(prev.size() - 1);
        byte[] b = lastOfPrev.getBytes(StandardCharsets.UTF_8);
        Fixtures.rechain(seg, EntryCodec.decodeLine(b, 0, b.length).hash());

        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.SEAL_MISMATCH);
        assertThat(p.segment()).isEqualTo(3);
    }

    @Test
    void segmentFromAnotherLogIsDetected(@TempDir Path other) throws Exception {
        clock.advance(java.time.Duration.ofMinutes(1));
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(other, clock).build())) {
            Fixtures.appendMany(log, clock, 60);
        }
        Files.copy(Fixtures.segment(other, 1), Fixtures.segment(dir, 1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        VerificationProblem p = problem();
        assertThat(p.reason()).isIn(Reason.SEAL_MISMATCH, Reason.RECORD_ALTERED);
        assertThat(p.segment()).isEqualTo(1);
    }

    @Test
    void forgedSealIsDetected() throws Exception {
        // The attacker rewrote segment 3 and signs a matching seal with a key of their own.
        AuditSigner attacker = AuditSigner.loadOrCreate(Files.createTempDirectory(dir, "attacker"), new SecureRandom());
        Path checkpoints = dir.resolve(SegmentFiles.CHECKPOINTS);
        List<String> lines = Fixtures.lines(checkpoints);
        for (int i = 0; i < lines.size(); i++) {
            byte[] b = lines.get(i).getBytes(StandardCharsets.UTF_8);
            Checkpoint c = Checkpoint.decode(b, 0, b.length);
            if (c.segment() == 3) {
                byte[] forged = Checkpoint.signed(c.type(), c.segment(), c.first(), c.last(), new byte[32],
                        c.time(), attacker).encodeLine();
                lines.set(i, new String(forged, 0, forged.length - 1, StandardCharsets.US_ASCII));
            }
        }
        Fixtures.writeLines(checkpoints, lines);

        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(p.segment()).isEqualTo(3);
    }

    @Test
    void editedHeadCheckpointIsDetected() throws Exception {
        Path head = dir.resolve(SegmentFiles.HEAD);
        Files.writeString(head, Files.readString(head).replace("\"last\":60", "\"last\":58"));
        assertThat(problem().reason()).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void replacedKeyPairIsDetectedWithAnExternalPublicKey(@TempDir Path other) throws Exception {
        AuditPublicKey trusted = AuditPublicKey.fromAuditDir(dir);
        try (FileAuditLog log = FileAuditLog.open(Fixtures.config(other, clock).build())) {
            Fixtures.appendMany(log, clock, 5);
        }
        VerificationReport report = AuditVerifier.withKey(other, trusted).verify();
        assertThat(report.firstProblem()).map(VerificationProblem::reason).contains(Reason.BAD_SIGNATURE);
    }

    @Test
    void nonCanonicalLineIsDetected() throws Exception {
        Path seg = Fixtures.segment(dir, 2);
        List<String> lines = Fixtures.lines(seg);
        lines.set(1, lines.get(1).replace("\"kind\":\"REQUEST\"", "\"kind\" : \"REQUEST\""));
        Fixtures.writeLines(seg, lines);
        assertThat(problem().reason()).isEqualTo(Reason.MALFORMED_RECORD);
    }

    @Test
    void deletedMiddleSegmentIsDetected() throws Exception {
        Files.delete(Fixtures.segment(dir, 2));
        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.MISSING_SEGMENT);
        assertThat(p.segment()).isEqualTo(2);
    }

    @Test
    void removedSealIsDetected() throws Exception {
        Path checkpoints = dir.resolve(SegmentFiles.CHECKPOINTS);
        List<String> lines = Fixtures.lines(checkpoints);
        lines.removeIf(l -> l.contains("\"segment\":2,"));
        Fixtures.writeLines(checkpoints, lines);
        VerificationProblem p = problem();
        assertThat(p.reason()).isEqualTo(Reason.MISSING_SEAL);
        assertThat(p.segment()).isEqualTo(2);
    }
}
