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

    private final Map<EntityType, List<CuePhrases>> rules;

    ContextEnhancer(List<ContextRule> all) {
        Map<EntityType, List<CuePhrases>> m = new EnumMap<>(EntityType.class);
        for (ContextRule r : all) {
            m.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(new CuePhrases(r));
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
            List<CuePhrases> rs = rules.get(f.type());
            if (rs == null) {
                out.add(f);
                continue;
            }
            double boost = 0;
            double penalty = 0;
            // the token windows around the finding, found once for all its rules
            int firstBefore = text.tokenIndexBefore(f.start());
            int firstAfter = text.tokenIndexAtOrAfter(f.end());
            if (firstAfter < text.tokenCount() && text.tokenStart(firstAfter) < f.end()) {
                firstAfter++; // skip a token that straddles the end of the finding
            }
            for (CuePhrases cues : rs) {
                ContextRule r = cues.rule();
                if (r.appliesTo(f) && matches(text, r, cues, firstBefore, firstAfter)) {
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

    private static boolean matches(Text text, ContextRule r, CuePhrases cues, int firstBefore, int firstAfter) {
        if (r.before() > 0 && firstBefore >= 0) {
            int from = Math.max(0, firstBefore - r.before() + 1);
            if (cues.occursIn(text, from, firstBefore)) {
                return true;
            }
        }
        if (r.after() > 0) {
            int to = Math.min(text.tokenCount() - 1, firstAfter + r.after() - 1);
            if (firstAfter <= to && cues.occursIn(text, firstAfter, to)) {
                return true;
            }
        }
        return false;
    }
}
