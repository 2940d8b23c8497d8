package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.UsTaxIds;
import java.util.List;
import java.util.Set;

/**
 * US Social Security numbers in the ranges the SSA issues (area not 000, 666 or 9xx; group not 00;
 * serial not 0000). {@code 536-22-8726} is the SSA's own layout and scores high; spaced or dotted
 * groups score medium; nine plain digits are just as often an ABA, NPI-like or account number, so
 * they stay below the threshold unless an SSN cue word is near. Published example numbers
 * (078-05-1120, 123-45-6789, ...) score low in every layout.
 */
public final class SsnRecognizer implements Recognizer {
    static final double DASHED = 0.85;
    static final double GROUPED = 0.6;
    static final double PLAIN = 0.3;
    static final double EXAMPLE = 0.25;

    @Override
    public String name() {
        return "us_ssn";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.SSN);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.SSN, 0.45, "ssn", "ssns", "ss", "social security", "soc sec",
                "social sec"),
                // nine digits after an SSN label are neither a phone number nor a Dutch BSN
                ContextRule.suppress(EntityType.PHONE, 0.4, "ssn", "social security", "soc sec").window(5, 0),
                ContextRule.suppress(EntityType.NL_BSN, 0.3, "ssn", "social security", "soc sec").window(3, 0));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 9, 9, " -.", (start, end, d, len, groups) -> {
            double score = layoutScore(text, start, end, groups);
            if (score == 0) {
                return;
            }
            int[] p = UsTaxIds.split(d);
            if (!UsTaxIds.isValidSsn(p[0], p[1], p[2])) {
                return;
            }
            if (UsTaxIds.isKnownExample(p[0], p[1], p[2])) {
                score = EXAMPLE;
            }
            out.add(new Finding(EntityType.SSN, start, end, score, name()));
        });
    }

    /** Score for the digit layout: 3-2-4 with one separator kind, or plain; 0 for anything else. */
    static double layoutScore(Text text, int start, int end, int groups) {
        if (groups == 1) {
            return PLAIN;
        }
        if (!TokenRuns.isGrouped(text, start, end, 3, 2, 4)) {
            return 0;
        }
        return TokenRuns.separator(text, start, end) == '-' ? DASHED : GROUPED;
    }
}
