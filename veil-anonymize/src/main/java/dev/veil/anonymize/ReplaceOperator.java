package dev.veil.anonymize;

import dev.veil.core.EntityType;

/** {@code replace}: a fixed text, with {@code {TYPE}} standing for the entity type. */
record ReplaceOperator(OperatorConfig.Replace config) implements ValueOperator {
    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        return new Applied(config.text().replace("{TYPE}", type.name()), config.name());
    }
}
