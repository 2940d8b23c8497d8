package dev.veil.audit;

import java.util.Objects;

/**
 * The first thing wrong with a log.
 *
 * @param segment index of the segment concerned, 0 when the problem is not in one segment
 * @param seq     sequence number of the first bad or missing record, 0 when not applicable
 * @param reason  what is wrong
 * @param detail  a human-readable explanation; never contains record content
 */
public record VerificationProblem(long segment, long seq, Reason reason, String detail) {

    /** What the verifier found. Each tampering pattern maps to a distinct reason. */
    public enum Reason {
        /** A line is not a valid record in canonical form (edited bytes, injected line). */
        MALFORMED_RECORD,
        /** A record's content does not match its hash (an edited field). */
        RECORD_ALTERED,
        /** A record's predecessor hash does not match the previous record (a spliced chain). */
        CHAIN_BROKEN,
        /** A sequence number is missing (a deleted record). */
        RECORD_MISSING,
        /** Sequence numbers are out of order (reordered or duplicated records). */
        RECORDS_REORDERED,
        /** Signed checkpoints cover records that are not there (a cut-off tail). */
        TRUNCATED,
        /** A segment's content differs from its signed seal (a replaced or rewritten segment). */
        SEAL_MISMATCH,
        /** The latest record covered by the head checkpoint differs from it. */
        HEAD_MISMATCH,
        /** A segment that is not the last one has no seal. */
        MISSING_SEAL,
        /** A segment is missing and no signed purge accounts for it. */
        MISSING_SEGMENT,
        /** A checkpoint or purge record has an invalid signature (forged or altered). */
        BAD_SIGNATURE,
        /** A checkpoint cannot be parsed. */
        MALFORMED_CHECKPOINT,
        /** Purge records and checkpoints disagree about what was purged. */
        PURGE_MISMATCH,
        /** A segment other than the open one ends in an incomplete line. */
        PARTIAL_LINE
    }

    public VerificationProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return reason + " at " + (segment > 0 ? SegmentFiles.name(segment) : "log")
                + (seq > 0 ? " seq " + seq : "") + ": " + detail;
    }
}
