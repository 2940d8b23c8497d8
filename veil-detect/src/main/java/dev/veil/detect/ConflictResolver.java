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
 *       masks everything the shorter one would have. The same holds for any finding of a
 *       structured type (ADDRESS, EMAIL, URL, DATE, ...) that covers a name-model finding
 *       (PERSON, LOCATION, ORGANIZATION, NRP, TITLE), the same span included: streets are named
 *       after people and places ("45437 Jordon Alley"), codes look like capitalised words
 *       ("BIC NPMADECGXXX"), and a validated format is stronger evidence than the name model's
 *       view of the words. Likewise a structured finding inside a name-model finding wins when it
 *       is at least half of it ("DEA BA9585158" read as one PERSON).
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
        return resolve(null, in);
    }

    /**
     * As {@link #resolve(List)}; with the {@code text} the findings are on, a name-model finding
     * that only partly overlaps a structured one is trimmed to the part outside it (and its
     * surrounding spaces) instead of either being dropped, if that part is at least half of it:
     * "Valley Hospital October 8" is a LOCATION then a DATE.
     */
    static List<Finding> resolve(String text, List<Finding> in) {
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
        boolean trimmedAny = false;
        for (Finding f : merged) {
            boolean keep = true;
            while (!out.isEmpty()) {
                Finding last = out.get(out.size() - 1);
                if (!last.overlaps(f)) {
                    break;
                }
                if (text != null && partial(last, f)) {
                    // last starts first: keep the part of whichever is the name before or after the other
                    if (isNameType(last.type()) && !isNameType(f.type()) && f.score() >= COVER_MIN) {
                        Finding head = trimmed(text, last, last.start(), f.start());
                        if (head != null) {
                            out.set(out.size() - 1, head);
                            trimmedAny = true;
                            break;
                        }
                    } else if (isNameType(f.type()) && !isNameType(last.type()) && last.score() >= COVER_MIN) {
                        Finding tail = trimmed(text, f, last.end(), f.end());
                        if (tail != null) {
                            f = tail;
                            trimmedAny = true;
                            break;
                        }
                    }
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
        // a trimmed finding moved its start: one plain pass restores the order and the no-overlap rule
        return trimmedAny ? resolve(null, out) : out;
    }

    /**
     * A structured finding that is at least half of the name-model finding around it: the name
     * model read a label and its value as one name ("DEA BA9585158" as a PERSON).
     */
    private static boolean mostlyCode(Finding code, Finding name) {
        return isNameType(name.type()) && !isNameType(code.type()) && name.contains(code)
                && 2 * code.length() >= name.length() && code.score() >= COVER_MIN;
    }

    /** Overlapping, neither containing the other, {@code a} starting first. */
    private static boolean partial(Finding a, Finding b) {
        return a.start() < b.start() && a.end() < b.end();
    }

    /** {@code f} cut to {@code [from, to)} without the spaces and punctuation at its edges, or null if no word is left. */
    private static Finding trimmed(String text, Finding f, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        // the kept part must be most of the finding: a name span that is half or more the other
        // finding ("DEA BA9585158", "DEA FC" before "FC7252961", as a PERSON) was wrong as a whole,
        // not just at its edge
        int kept = to - from;
        return kept >= 2 && kept > f.length() - kept ? f.withSpan(from, to) : null;
    }

    /** Whether {@code outer} wins by covering {@code inner} (see the class comment). */
    private static boolean covers(Finding outer, Finding inner) {
        if (!outer.contains(inner) || outer.score() < COVER_MIN) {
            return false;
        }
        return outer.length() >= 2 * inner.length()
                || (outer.length() >= inner.length() && isNameType(inner.type()) && !isNameType(outer.type()));
    }

    private static boolean isNameType(EntityType t) {
        return t == EntityType.PERSON || t == EntityType.LOCATION || t == EntityType.ORGANIZATION
                || t == EntityType.NRP || t == EntityType.TITLE;
    }

    /** Whether {@code a} beats {@code b} when they overlap. */
    static boolean stronger(Finding a, Finding b) {
        if (a.type() == b.type()) {
            return a.length() > b.length() || (a.length() == b.length() && a.score() > b.score());
        }
        if (covers(a, b) || mostlyCode(a, b)) {
            return true;
        }
        if (covers(b, a) || mostlyCode(b, a)) {
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
