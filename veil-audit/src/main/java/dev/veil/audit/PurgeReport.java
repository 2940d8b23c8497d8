package dev.veil.audit;

import java.util.List;
import java.util.OptionalLong;

/**
 * What one retention run did.
 *
 * @param purged     names of the segment files deleted
 * @param held       names of expired segments kept because of a legal hold
 * @param damaged    names of sealed segments not purged because they no longer match their seal
 *                   (evidence is never deleted; run verify)
 * @param purgeSeq   sequence number of the PURGE record, empty if nothing was purged
 */
public record PurgeReport(List<String> purged, List<String> held, List<String> damaged, OptionalLong purgeSeq) {
    public PurgeReport {
        purged = List.copyOf(purged);
        held = List.copyOf(held);
        damaged = List.copyOf(damaged);
    }
}
