package dev.veil.detect;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;
import java.util.Set;

/**
 * Finds entities of a few types in a text and reports them as spans. A recognizer only proposes:
 * context boosting, type filtering, thresholds and overlap resolution are later stages of the
 * {@link Analyzer}.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Stateless and thread-safe: one instance serves every thread. Build lists, tries and
 *       patterns in the constructor.
 *   <li>Linear time in the text length, whatever the input. Use the shared indexes of {@link Text}
 *       to skip work; any regular expression runs through {@link GuardedPattern} or RE2/J.
 *   <li>Never put the text or a part of it in an exception message or a log line.
 *   <li>Scores: about 0.85-1.0 for checksum-validated or unambiguous matches, 0.5-0.8 for good
 *       pattern matches, below 0.5 for candidates that need a context word (see {@link #context()}).
 * </ul>
 */
public interface Recognizer {

    /** Stable snake_case name, reported in every finding, e.g. {@code "credit_card"}. */
    String name();

    /** Types this recognizer may report. The analyzer skips recognizers whose types are all disabled. */
    Set<EntityType> types();

    /** Appends findings for {@code text} to {@code out}. */
    void recognize(Text text, List<Finding> out);

    /**
     * Context words for this recognizer's findings, applied by the context stage: a word found near
     * a finding raises (or, for negative rules, lowers) its score.
     */
    default List<ContextRule> context() {
        return List.of();
    }
}
