package dev.veil.audit;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link AuditVerifier#verify()}.
 *
 * @param records        records whose hash was checked
 * @param segments       segment files read
 * @param purgedSegments segments accounted for by signed purge checkpoints
 * @param lastSeq        the last sequence number reached (0 for an empty log)
 * @param firstProblem   the first problem found; verification stops there
 * @param notes          observations that are not failures (e.g. a torn tail awaiting recovery)
 */
public record VerificationReport(long records, int segments, int purgedSegments, long lastSeq,
                                 Optional<VerificationProblem> firstProblem, List<String> notes) {

    public VerificationReport {
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return firstProblem.isEmpty();
    }
}
