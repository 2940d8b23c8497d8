package dev.veil.eval;

import java.util.Objects;

/**
 * A labelled or predicted span: {@code [start, end)} in UTF-16 indices of the document text, with
 * a type name. Gold types are canonical {@link dev.veil.core.EntityType} names; predicted types
 * may be any detector's label and are mapped by {@link TypeNames#canon}.
 *
 * <p>A span never holds the covered text, so it is safe to print and count.
 */
public record Span(int start, int end, String type) {
    public Span {
        Objects.requireNonNull(type, "type");
    }

    public int length() {
        return end - start;
    }
}
