package dev.veil.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold document: its id, its text and the spans a perfect detector reports, sorted by start.
 *
 * @param genre the generator's document family ("clinical", "bank", ...) or {@code ""} when the
 *              source has none; used only to break results down
 */
public record LabeledDoc(String id, String text, List<Span> spans, String genre) {
    public LabeledDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        genre = genre == null ? "" : genre;
    }

    @Override
    public String toString() {
        // never print the text: gold documents may be real data (PhysioNet notes)
        return "LabeledDoc[id=" + id + ", chars=" + text.length() + ", spans=" + spans.size() + ", genre=" + genre + "]";
    }
}
