package dev.veil.anonymize;

import dev.veil.core.EntityType;
import java.util.Optional;

/**
 * {@code date_shift}: every date of a scope moves by the scope's offset (see
 * {@link OperatorContext#dateShiftDays}), written in the original's layout. Intervals between dates
 * of one scope stay exact. A value that is not a parseable date is replaced by {@code <DATE>} and
 * counted as {@code replace}: shifting must never pass an unparsed date through.
 */
record DateShiftOperator(OperatorConfig.DateShift config) implements ValueOperator {
    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        Optional<DateFormats.Parsed> parsed = DateFormats.parse(value);
        if (parsed.isEmpty()) {
            return new Applied("<" + type.name() + ">", "replace");
        }
        int days = context.dateShiftDays(config.maxDays());
        DateFormats.Parsed p = parsed.get();
        return new Applied(p.format(p.date().plusDays(days)), config.name());
    }
}
