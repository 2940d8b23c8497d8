package dev.veil.detect;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The context stage: raises or lowers finding scores when cue words occur near them. Kept apart
 * from the recognizers (as in Presidio) so a recognizer reports what it sees and this stage alone
 * decides how much the surroundings matter.
 *
 * <p>For each finding, every rule for its type is checked once; the deltas of all matching rules
 * are added, capped so that boosts never add more than {@link #MAX_BOOST} in total. Immutable.
 */
final class ContextEnhancer {
    static final double MAX_BOOST = 0.45;

    private final Map<EntityType, List<ContextRule>> rules;

    ContextEnhancer(List<ContextRule> all) {
        Map<EntityType, List<ContextRule>> m = new EnumMap<>(EntityType.class);
        for (ContextRule r : all) {
            m.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.rules = m;
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Returns the findings with adjusted scores (same order). */
    List<Finding> apply(Text text, List<Finding> findings) {
        if (rules.isEmpty() || findings.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<ContextRule> rs = rules.get(f.type());
            if (rs == null) {
                out.add(f);
                continue;
            }
            double boost = 0;
            double penalty = 0;
            for (ContextRule r : rs) {
                if (matches(text, f, r)) {
                    if (r.delta() >= 0) {
                        boost += r.delta();
                    } else {
                        penalty += r.delta();
                    }
                }
            }
            if (boost == 0 && penalty == 0) {
                out.add(f);
            } else {
                out.add(f.withScore(f.score() + Math.min(MAX_BOOST, boost) + penalty));
            }
        }
        return out;
    }

    private static boolean matches(Text text, Finding f, ContextRule r) {
        int firstBefore = text.tokenIndexBefore(f.start());
        if (r.before() > 0 && firstBefore >= 0) {
            int from = Math.max(0, firstBefore - r.before() + 1);
            if (windowContains(text, from, firstBefore, r)) {
                return true;
            }
        }
        if (r.after() > 0) {
            int firstAfter = text.tokenIndexAtOrAfter(f.end());
            // skip a token that straddles the end of the finding
            if (firstAfter < text.tokenCount() && text.tokenStart(firstAfter) < f.end()) {
                firstAfter++;
            }
            int to = Math.min(text.tokenCount() - 1, firstAfter + r.after() - 1);
            if (firstAfter <= to && windowContains(text, firstAfter, to, r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any phrase of the rule occurs on whole-word boundaries within tokens [from, to]. The
     * search never leaves the window: a phrase that starts with a letter or digit can only start
     * where a token starts, so only those offsets are tested (an unbounded {@code indexOf} would
     * scan to the end of the text for every finding and phrase).
     */
    private static boolean windowContains(Text text, int from, int to, ContextRule r) {
        String lower = text.lower();
        int a = text.tokenStart(from);
        int b = text.tokenEnd(to);
        for (String phrase : r.phrases()) {
            int len = phrase.length();
            if (len == 0) {
                continue;
            }
            if (Character.isLetterOrDigit(phrase.charAt(0))) {
                for (int t = from; t <= to; t++) {
                    int idx = text.tokenStart(t);
                    if (idx + len <= b && lower.regionMatches(idx, phrase, 0, len) && text.isBoundary(idx + len)) {
                        return true;
                    }
                }
            } else {
                for (int idx = a; idx + len <= b; idx++) {
                    if (lower.regionMatches(idx, phrase, 0, len) && text.isBoundary(idx)
                            && text.isBoundary(idx + len)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
