package dev.veil.anonymize;

import java.util.Objects;

/**
 * What a policy does with one entity type: the operator, the minimum detection score below which a
 * finding is left alone, and whether the type blocks the whole text instead.
 *
 * @param operator the operator applied to findings of the type
 * @param minScore findings scoring below it are not transformed, in [0, 1]
 * @param block    refuse the text (nothing is anonymized or returned) if the type occurs
 */
public record Rule(OperatorConfig operator, double minScore, boolean block) {
    public Rule {
        Objects.requireNonNull(operator, "operator");
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be in [0, 1]");
        }
    }

    public static Rule of(OperatorConfig operator) {
        return new Rule(operator, 0.0, false);
    }
}
