package dev.veil.audit;

import dev.veil.audit.VerificationProblem.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Checks one segment file against where the chain stands before it: every line canonical, every
 * sequence number the next one, every predecessor hash the previous hash, every hash recomputed;
 * PURGE records must carry a valid signature and agree with the purge checkpoints.
 */
final class SegmentVerifier {

    /** Thrown to stop at the first problem. */
    static final class Failure extends Exception {
        final VerificationProblem problem;

        Failure(long segment, long seq, Reason reason, String detail) {
            super(detail, null, false, false);
            this.problem = new VerificationProblem(segment, seq, reason, detail);
        }
    }

    /** Where a segment left the chain. */
    record Result(long records, long first, long last, byte[] lastHash, long partialBytes) {
    }

    private final AuditPublicKey key;
    private final Set<Long> presentSegments;
    private final Map<Long, Checkpoint> purges;
    private final Checkpoint head;
    private final ChainHash chain = new ChainHash();

    SegmentVerifier(AuditPublicKey key, Set<Long> presentSegments, Map<Long, Checkpoint> purges, Checkpoint head) {
        this.key = key;
        this.presentSegments = presentSegments;
        this.purges = purges;
        this.head = head;
    }

    Result verify(long segment, Path file, long expectedSeq, byte[] expectedPrev) throws IOException, Failure {
        long seq = expectedSeq;
        byte[] prev = expectedPrev;
        long count = 0;
        try (LineReader r = new LineReader(file)) {
            while (r.next()) {
                EntryCodec.Decoded d;
                try {
                    d = EntryCodec.decodeLine(r.buffer(), r.lineStart(), r.lineLength());
                } catch (EntryCodec.MalformedEntryException e) {
                    throw new Failure(segment, seq, Reason.MALFORMED_RECORD, e.getMessage() + " (byte offset "
                            + r.lineOffset() + ")");
                }
                if (d.seq() != seq) {
                    throw orderFailure(segment, seq, d.seq(), r);
                }
                if (!Arrays.equals(d.prev(), prev)) {
                    throw new Failure(segment, seq, Reason.CHAIN_BROKEN,
                            "predecessor hash does not match the previous record");
                }
                if (!Arrays.equals(d.hash(), chain.next(prev, seq, d.recordBytes()))) {
                    throw new Failure(segment, seq, Reason.RECORD_ALTERED,
                            "record content does not match its hash (edited)");
                }
                if (head != null && head.last() == seq && !head.head().equals(ChainHash.hex(d.hash()))) {
                    throw new Failure(segment, seq, Reason.HEAD_MISMATCH,
                            "record differs from the signed head checkpoint");
                }
                if (d.record().kind() == AuditKind.PURGE) {
                    checkPurge(segment, seq, d.record());
                }
                prev = d.hash();
                seq++;
                count++;
            }
            return new Result(count, count == 0 ? 0 : expectedSeq, seq - 1, prev, r.partialBytes());
        }
    }

    /** Tells a deleted record from moved ones by looking for the expected seq further on. */
    private static Failure orderFailure(long segment, long expected, long found, LineReader r) throws IOException {
        if (found < expected) {
            return new Failure(segment, expected, Reason.RECORDS_REORDERED,
                    "found seq " + found + " where seq " + expected + " belongs");
        }
        while (r.next()) {
            if (EntryCodec.peekSeq(r.buffer(), r.lineStart(), r.lineLength()) == expected) {
                return new Failure(segment, expected, Reason.RECORDS_REORDERED,
                        "found seq " + found + " where seq " + expected + " belongs; seq " + expected
                                + " appears later");
            }
        }
        return new Failure(segment, expected, Reason.RECORD_MISSING,
                "seq " + expected + " is missing (next record is seq " + found + ")");
    }

    private void checkPurge(long segment, long seq, AuditRecord record) throws Failure {
        PurgeStatement statement;
        try {
            statement = PurgeStatement.verified(record, key);
        } catch (IllegalArgumentException e) {
            throw new Failure(segment, seq, Reason.BAD_SIGNATURE, e.getMessage());
        }
        for (PurgeStatement.Segment s : statement.segments()) {
            Checkpoint c = purges.get(s.index());
            boolean matches = c != null && c.first() == s.first() && c.last() == s.last() && c.head().equals(s.head());
            if (!matches && !presentSegments.contains(s.index())) {
                throw new Failure(segment, seq, Reason.PURGE_MISMATCH, "purge record names "
                        + SegmentFiles.name(s.index()) + " but no matching purge checkpoint exists");
            }
        }
    }
}
