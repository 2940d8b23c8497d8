package dev.veil.eval.corpus;

import dev.veil.core.EntityType;
import dev.veil.eval.LabeledDoc;
import dev.veil.eval.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates a document's text and its gold spans: plain text is appended as is, a labelled value
 * is appended and recorded as a span of its type. Guarantees: spans lie inside the text, do not
 * overlap, are sorted, and neither start nor end with whitespace (a value's surrounding blanks are
 * emitted as plain text).
 */
public final class DocBuilder {
    private final StringBuilder text = new StringBuilder(640);
    private final List<Span> spans = new ArrayList<>();

    public DocBuilder text(String s) {
        text.append(s);
        return this;
    }

    public DocBuilder add(Piece p) {
        return p.type() == null ? text(p.text()) : entity(p.type(), p.text());
    }

    public DocBuilder entity(EntityType type, String value) {
        int a = 0;
        int b = value.length();
        while (a < b && Character.isWhitespace(value.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(value.charAt(b - 1))) {
            b--;
        }
        text.append(value, 0, a);
        if (b > a) {
            int start = text.length();
            text.append(value, a, b);
            spans.add(new Span(start, text.length(), type.name()));
        }
        text.append(value, b, value.length());
        return this;
    }

    public int length() {
        return text.length();
    }

    /** The last character written, or {@code '\n'} at the start (so callers can avoid double blanks). */
    public char last() {
        return text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
    }

    public LabeledDoc build(String id, String genre) {
        return new LabeledDoc(id, text.toString(), spans, genre);
    }
}
