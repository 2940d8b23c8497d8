package dev.veil.audit;

import dev.veil.audit.VerificationProblem.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a log directory: checkpoint signatures, then every segment in order (chain, hashes,
 * sequence), each segment against its seal, gaps against signed purge checkpoints, and the end of
 * the log against the head checkpoint. Stops at and reports the first problem.
 *
 * <p>Guarantee: with the right public key, any edit, deletion, insertion, reordering, truncation
 * or replacement of records that are covered by a checkpoint is reported, and a purge is accepted
 * only where a signed purge checkpoint accounts for exactly the missing records. Records written
 * after the latest head checkpoint (at most {@link AuditLogConfig#headInterval()} worth) can be
 * cut off undetected, and so can a rollback of the whole directory to an older consistent state:
 * compare {@link VerificationReport#lastSeq()} with an external copy of a recent head to catch
 * that.
 *
 * <p>Safe to run while the log is being written: it reads the head checkpoint first, then the
 * seals, then the segments, so everything the checkpoints cover is already on disk.
 */
public final class AuditVerifier {
    private final Path auditDir;
    private final AuditPublicKey key;

    private AuditVerifier(Path auditDir, AuditPublicKey key) {
        this.auditDir = Objects.requireNonNull(auditDir, "auditDir");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Verifies with an externally kept public key: the strong check. */
    public static AuditVerifier withKey(Path auditDir, AuditPublicKey key) {
        return new AuditVerifier(auditDir, key);
    }

    /** Verifies with the public key stored in the audit directory itself. */
    public static AuditVerifier forDirectory(Path auditDir) {
        return new AuditVerifier(auditDir, AuditPublicKey.fromAuditDir(auditDir));
    }

    public VerificationReport verify() {
        if (!java.nio.file.Files.isDirectory(auditDir)) {
            throw new AuditException("audit verify: no audit log at " + auditDir);
        }
        List<String> notes = new ArrayList<>();
        Counters counters = new Counters();
        try {
            run(notes, counters);
            return new VerificationReport(counters.records, counters.segments, counters.purged, counters.lastSeq,
                    Optional.empty(), notes);
        } catch (SegmentVerifier.Failure f) {
            return new VerificationReport(counters.records, counters.segments, counters.purged, counters.lastSeq,
                    Optional.of(f.problem), notes);
        } catch (IOException e) {
            throw new AuditException("audit verify: cannot read " + auditDir + ": " + FileAuditLog.describe(e), e);
        }
    }

    private static final class Counters {
        long records;
        int segments;
        int purged;
        long lastSeq;
    }

    private void run(List<String> notes, Counters counters) throws IOException, SegmentVerifier.Failure {
        CheckpointStore.Loaded loaded = CheckpointStore.load(auditDir);
        if (!loaded.problems().isEmpty()) {
            throw new SegmentVerifier.Failure(0, 0, Reason.MALFORMED_CHECKPOINT, loaded.problems().get(0));
        }
        if (loaded.partialLastLine()) {
            notes.add("checkpoints file ends in an incomplete line (crash while sealing); ignored");
        }
        TreeMap<Long, Checkpoint> seals = new TreeMap<>();
        TreeMap<Long, Checkpoint> purges = new TreeMap<>();
        for (Checkpoint c : loaded.checkpoints()) {
            requireSigned(c);
            TreeMap<Long, Checkpoint> map = c.type() == Checkpoint.Type.PURGE ? purges : seals;
            Checkpoint other = map.putIfAbsent(c.segment(), c);
            if (other != null && (other.last() != c.last() || !other.head().equals(c.head()))) {
                throw new SegmentVerifier.Failure(c.segment(), c.last(), Reason.SEAL_MISMATCH,
                        "two different signed checkpoints for one segment");
            }
        }
        Checkpoint head = loaded.head().orElse(null);
        if (head != null) {
            requireSigned(head);
        }
        for (Checkpoint p : purges.values()) {
            Checkpoint s = seals.get(p.segment());
            if (s != null && (s.first() != p.first() || s.last() != p.last() || !s.head().equals(p.head()))) {
                throw new SegmentVerifier.Failure(p.segment(), p.first(), Reason.PURGE_MISMATCH,
                        "purge checkpoint disagrees with the segment's seal");
            }
        }

        TreeMap<Long, Path> files = SegmentFiles.list(auditDir);
        long maxIndex = 0;
        for (TreeMap<Long, ?> m : List.of(files, seals, purges)) {
            if (!m.isEmpty()) {
                maxIndex = Math.max(maxIndex, m.lastKey());
            }
        }
        if (head != null) {
            maxIndex = Math.max(maxIndex, head.segment());
        }
        SegmentVerifier segments = new SegmentVerifier(key, files.keySet(), purges, head);
        long expectedSeq = 1;
        byte[] expectedPrev = ChainHash.GENESIS;
        for (long index = 1; index <= maxIndex; index++) {
            Path file = files.get(index);
            Checkpoint seal = seals.get(index);
            if (file == null) {
                Checkpoint purge = purges.get(index);
                if (purge == null) {
                    boolean atTail = files.isEmpty() || index > files.lastKey();
                    throw new SegmentVerifier.Failure(index, expectedSeq,
                            atTail ? Reason.TRUNCATED : Reason.MISSING_SEGMENT,
                            "segment file is missing and no signed purge accounts for it");
                }
                if (purge.first() != expectedSeq) {
                    throw new SegmentVerifier.Failure(index, expectedSeq, Reason.PURGE_MISMATCH,
                            "purged segment does not start where the previous one ended");
                }
                expectedSeq = purge.last() + 1;
                expectedPrev = ChainHash.parseHex(purge.head());
                counters.purged++;
                continue;
            }
            SegmentVerifier.Result r = segments.verify(index, file, expectedSeq, expectedPrev);
            counters.segments++;
            counters.records += r.records();
            if (r.records() > 0) {
                counters.lastSeq = r.last();
            }
            boolean open = seal == null && index == maxIndex;
            if (r.partialBytes() > 0) {
                if (!open) {
                    throw new SegmentVerifier.Failure(index, r.last() + 1, Reason.PARTIAL_LINE,
                            "a sealed or earlier segment ends in an incomplete line");
                }
                notes.add(SegmentFiles.name(index) + " ends in a torn write of " + r.partialBytes()
                        + " bytes (unacknowledged); the next start-up cuts it off");
            }
            if (seal != null) {
                checkSeal(index, seal, r);
            } else if (!open) {
                throw new SegmentVerifier.Failure(index, r.first(), Reason.MISSING_SEAL,
                        "segment is followed by others but has no signed seal");
            }
            expectedSeq = r.last() + 1;
            expectedPrev = r.lastHash();
        }
        if (head != null && head.last() >= expectedSeq) {
            throw new SegmentVerifier.Failure(head.segment(), expectedSeq, Reason.TRUNCATED,
                    "head checkpoint covers up to seq " + head.last() + " but the log ends at seq " + (expectedSeq - 1));
        }
        if (head == null && expectedSeq > 1) {
            notes.add("no head checkpoint yet; records after the last seal are not covered by a signature");
        }
    }

    private void requireSigned(Checkpoint c) throws SegmentVerifier.Failure {
        if (!c.verify(key)) {
            throw new SegmentVerifier.Failure(c.segment(), c.last(), Reason.BAD_SIGNATURE,
                    c.type().name().toLowerCase(java.util.Locale.ROOT)
                            + " checkpoint signature does not verify with key " + key.keyId());
        }
    }

    private static void checkSeal(long index, Checkpoint seal, SegmentVerifier.Result r)
            throws SegmentVerifier.Failure {
        if (r.records() == 0 || r.last() < seal.last()) {
            throw new SegmentVerifier.Failure(index, r.last() + 1, Reason.TRUNCATED,
                    "seal covers up to seq " + seal.last() + " but the segment ends at seq " + r.last());
        }
        if (r.first() != seal.first() || r.last() != seal.last() || !seal.head().equals(ChainHash.hex(r.lastHash()))) {
            throw new SegmentVerifier.Failure(index, r.first(), Reason.SEAL_MISMATCH,
                    "segment content differs from its signed seal (replaced or rewritten)");
        }
    }
}
