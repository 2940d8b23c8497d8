package dev.veil.detect.recognizers.names;

import dev.veil.core.Finding;
import java.util.List;

/**
 * The findings that the passes after {@link NameSpans} ({@link Signatures}, {@link PersonFields},
 * {@link PersonCues}, {@link Practices}, {@link CityStates}) put in place of the tagger's: every method looks only at
 * the recognizer's own findings, from index {@code from} of the output list.
 */
final class LinePasses {
    private LinePasses() {
    }

    /** Removes the findings from index {@code from} that overlap {@code [start, end)}. */
    static void clear(List<Finding> out, int from, int start, int end) {
        for (int i = out.size() - 1; i >= from; i--) {
            Finding f = out.get(i);
            if (f.start() < end && f.end() > start) {
                out.remove(i);
            }
        }
    }

    /** Whether a finding from index {@code from} overlaps {@code [start, end)}. */
    static boolean overlapsAny(List<Finding> out, int from, int start, int end) {
        for (int i = from; i < out.size(); i++) {
            Finding f = out.get(i);
            if (f.start() < end && f.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** Whether a finding from index {@code from} already covers {@code [start, end)} as {@code f} would. */
    static boolean covered(List<Finding> out, int from, Finding f) {
        for (int i = from; i < out.size(); i++) {
            Finding g = out.get(i);
            if (g.type() == f.type() && g.start() <= f.start() && g.end() >= f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a finding from index {@code from} overlaps {@code f} and reaches outside it: a longer reading to keep. */
    static boolean longerOverlap(List<Finding> out, int from, Finding f) {
        for (int i = from; i < out.size(); i++) {
            Finding g = out.get(i);
            if (g.start() < f.end() && g.end() > f.start() && (g.start() < f.start() || g.end() > f.end())) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code f} in place of the findings it overlaps, unless one already covers it as the same type. */
    static void replace(List<Finding> out, int from, Finding f) {
        if (!covered(out, from, f)) {
            clear(out, from, f.start(), f.end());
            out.add(f);
        }
    }

    /** As {@link #replace}, but keeps a longer overlapping finding instead ("Sunrise Gardens Assisted Living"). */
    static void replaceUnlessLonger(List<Finding> out, int from, Finding f) {
        if (!covered(out, from, f) && !longerOverlap(out, from, f)) {
            clear(out, from, f.start(), f.end());
            out.add(f);
        }
    }
}
