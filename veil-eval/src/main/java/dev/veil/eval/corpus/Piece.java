package dev.veil.eval.corpus;

import dev.veil.core.EntityType;
import java.util.Objects;

/**
 * A piece of generated text: a labelled value ({@code type != null}) or plain text.
 *
 * @param type canonical type of the value, or {@code null} for text that is not an entity
 */
public record Piece(EntityType type, String text) {
    public Piece {
        Objects.requireNonNull(text, "text");
    }

    public static Piece of(EntityType type, String text) {
        return new Piece(type, text);
    }

    public static Piece plain(String text) {
        return new Piece(null, text);
    }
}
