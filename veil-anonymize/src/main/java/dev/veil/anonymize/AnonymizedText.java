package dev.veil.anonymize;

import dev.veil.core.EntityType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of {@link Anonymizer#anonymize}: the new text, what was replaced where (no values), and
 * counts per entity type and per operator for reports and audit records.
 *
 * @param text         the anonymized text
 * @param replacements replaced spans in output order, enough to restore reversible operators by
 *                     position ({@link Anonymizer#restore(AnonymizedText, dev.veil.core.Scope, dev.veil.vault.RevealCapability)})
 */
public record AnonymizedText(String text, List<Replacement> replacements) {

    public AnonymizedText {
        replacements = List.copyOf(replacements);
    }

    /** Replacements per entity type. */
    public Map<EntityType, Integer> countsByType() {
        Map<EntityType, Integer> m = new EnumMap<>(EntityType.class);
        for (Replacement r : replacements) {
            m.merge(r.type(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Replacements per operator name, sorted by name. */
    public Map<String, Integer> countsByOperator() {
        Map<String, Integer> m = new TreeMap<>();
        for (Replacement r : replacements) {
            m.merge(r.operator(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Counts only: the text is output, but this object may end up in a log. */
    @Override
    public String toString() {
        return "AnonymizedText[" + text.length() + " chars, " + replacements.size() + " replacements " + countsByType() + "]";
    }
}
