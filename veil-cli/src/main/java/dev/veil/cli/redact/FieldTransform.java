package dev.veil.cli.redact;

import dev.veil.anonymize.Replacement;
import dev.veil.core.EntityType;
import java.util.List;

/**
 * What {@code redact} or {@code restore} does to the text fields of one batch of records. Called
 * on a worker thread; implementations are thread-safe and return one outcome per field, in order.
 */
interface FieldTransform {

    /** A text to transform; {@code knownType} is set for CSV columns declared to hold one type. */
    record Field(String text, EntityType knownType) {
    }

    /**
     * The new text of a field and what was done to it (value-free), or null text and a value-free
     * reason if its record must be dropped. The caller counts outcomes of records it keeps.
     */
    record Outcome(String text, String refusal, List<Replacement> replacements, int restored, int unknown) {
        static Outcome refused(String reason) {
            return new Outcome(null, reason, List.of(), 0, 0);
        }

        void countInto(RunStats stats) {
            for (Replacement r : replacements) {
                stats.replaced(r.type(), r.operator());
            }
            stats.restored += restored;
            stats.unknown += unknown;
        }
    }

    /** Transforms every field of a batch, one outcome per field in order. */
    List<Outcome> apply(List<Field> fields);
}
