package dev.veil.anonymize;

import dev.veil.core.EntityType;

/** An operator whose output depends on the value, its type and the scope's keys only. */
non-sealed interface ValueOperator extends Operator {

    /**
     * The replacement of {@code value}. Implementations never return the value itself unless the
     * operator is an identity by configuration (none is), and never put it in an exception.
     */
    Applied apply(String value, EntityType type, OperatorContext context);

    /**
     * A replacement and the name of the operator that actually produced it (an operator that
     * cannot handle a value falls back to another, e.g. an unparseable date is replaced, and the
     * report counts what really happened).
     */
    record Applied(String text, String operator) {
    }
}
