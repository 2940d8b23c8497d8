package dev.veil.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * One detected span: {@code text.substring(start, end)} is an entity of {@code type}. Offsets are
 * Java {@code String} (UTF-16) indices, end exclusive.
 *
 * <p>Guarantee: a finding never holds the matched value, so it is safe to log, print, count and
 * store. Code that needs the value takes it from the text it analyzed.
 *
 * @param type       canonical entity type
 * @param start      first char index (inclusive)
 * @param end        last char index (exclusive), {@code > start}
 * @param score      confidence in [0, 1]
 * @param recognizer name of the recognizer that produced it, e.g. {@code "credit_card"}
 */
public record Finding(EntityType type, int start, int end, double score, String recognizer) {

    /** Orders by start, then longer first, then higher score, then type. */
    public static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed())
            .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
            .thenComparing(Finding::type);

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recognizer, "recognizer");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Finding other) {
        return start <= other.start && other.end <= end;
    }

    public Finding withScore(double newScore) {
        return new Finding(type, start, end, Math.max(0.0, Math.min(1.0, newScore)), recognizer);
    }

    public Finding withSpan(int newStart, int newEnd) {
        return new Finding(type, newStart, newEnd, score, recognizer);
    }

    public Finding shifted(int offset) {
        return new Finding(type, start + offset, end + offset, score, recognizer);
    }

    /** Returns the covered text. The caller owns the text and decides whether it may be shown. */
    public String textIn(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
