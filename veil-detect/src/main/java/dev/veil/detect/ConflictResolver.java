package dev.veil.detect;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns overlapping candidate findings into a sorted, non-overlapping list. The rules, in order:
 *
 * <ol>
 *   <li><b>Same type, overlapping or touching-inside:</b> merged into one finding covering the union,
 *       with the higher score and that finding's recognizer. Two recognizers agreeing on a type is
 *       not a conflict.
 *   <li><b>Different types, overlapping:</b> the stronger finding wins and the weaker is dropped.
 *       Stronger means a higher score; scores within {@link #TIE} of each other are a tie, broken by
 *       the longer span, then by the earlier type in the catalogue (a stable, documented order).
 *       When a loser is much longer than the winner and covers it (e.g. an ADDRESS around a ZIP),
 *       the loser is kept instead if its score is at least {@link #COVER_MIN}: the longer span
 *       masks everything the shorter one would have.
 * </ol>
 *
 * Runs in O(n log n) in the number of findings. Stateless.
 */
final class ConflictResolver {
    static final double TIE = 0.05;
    static final double COVER_MIN = 0.6;

    private ConflictResolver() {
    }

    static List<Finding> resolve(List<Finding> in) {
        if (in.size() <= 1) {
            return in;
        }
        List<Finding> sorted = new ArrayList<>(in);
        sorted.sort(Finding.BY_POSITION);

        // Pass 1: merge same-type overlaps. Sorted by start, so only the last finding of the same
        // type can overlap the next one (anything earlier that did would already be merged into it).
        List<Finding> merged = new ArrayList<>(sorted.size());
        Map<EntityType, Integer> lastOfType = new EnumMap<>(EntityType.class);
        for (Finding f : sorted) {
            Integer j = lastOfType.get(f.type());
            if (j != null) {
                Finding g = merged.get(j);
                if (g.overlaps(f)) {
                    Finding best = f.score() > g.score() ? f : g;
                    merged.set(j, new Finding(g.type(), g.start(), Math.max(g.end(), f.end()),
                            Math.max(g.score(), f.score()), best.recognizer()));
                    continue;
                }
            }
            lastOfType.put(f.type(), merged.size());
            merged.add(f);
        }
        merged.sort(Finding.BY_POSITION);

        // Pass 2: sweep, keeping a non-overlapping list; each new finding fights the ones it overlaps.
        List<Finding> out = new ArrayList<>(merged.size());
        for (Finding f : merged) {
            boolean keep = true;
            while (!out.isEmpty()) {
                Finding last = out.get(out.size() - 1);
                if (!last.overlaps(f)) {
                    break;
                }
                if (stronger(f, last)) {
                    out.remove(out.size() - 1);
                } else {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether {@code a} beats {@code b} when they overlap. */
    static boolean stronger(Finding a, Finding b) {
        if (a.type() == b.type()) {
            return a.length() > b.length() || (a.length() == b.length() && a.score() > b.score());
        }
        if (a.contains(b) && a.length() >= 2 * b.length() && a.score() >= COVER_MIN) {
            return true;
        }
        if (b.contains(a) && b.length() >= 2 * a.length() && b.score() >= COVER_MIN) {
            return false;
        }
        double d = a.score() - b.score();
        if (d > TIE) {
            return true;
        }
        if (d < -TIE) {
            return false;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return a.type().ordinal() < b.type().ordinal();
    }
}
