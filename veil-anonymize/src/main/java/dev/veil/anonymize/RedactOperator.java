package dev.veil.anonymize;

import dev.veil.core.EntityType;

/** {@code redact}: the value is removed. */
record RedactOperator(OperatorConfig.Redact config) implements ValueOperator {
    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        return new Applied("", config.name());
    }
}
