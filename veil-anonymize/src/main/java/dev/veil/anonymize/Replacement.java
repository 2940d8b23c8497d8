package dev.veil.anonymize;

import dev.veil.core.EntityType;

/**
 * One replaced span of an anonymized text: where the replacement is in the output, the entity type
 * and the operator that produced it. Holds no value, so it is safe to log and store.
 *
 * @param start    first char of the replacement in the output text
 * @param end      end (exclusive) of the replacement in the output text
 * @param type     entity type of the original value
 * @param operator operator name as counted in reports ({@code mask}, {@code encrypt_ff1}, ...)
 */
public record Replacement(int start, int end, EntityType type, String operator) {
}
