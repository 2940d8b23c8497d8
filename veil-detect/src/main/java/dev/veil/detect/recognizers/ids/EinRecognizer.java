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
 * US Employer Identification Numbers, {@code 12-3456789}, with a prefix an IRS campus assigns.
 * Almost every two-digit prefix is valid and there is no check digit, so even the dashed layout
 * (used for case and part numbers too) needs an EIN cue word to pass the threshold.
 */
public final class EinRecognizer implements Recognizer {
    static final double DASHED = 0.4;
    static final double PLAIN = 0.25;

    @Override
    public String name() {
        return "us_ein";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.EIN);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.EIN, 0.45, "ein", "fein", "employer identification",
                "employer id", "federal tax id", "tax id", "tax identification", "federal employer", "tin"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 9, 9, "-", (start, end, d, len, groups) -> {
            double score;
            if (groups == 1) {
                score = PLAIN;
            } else if (TokenRuns.isGrouped(text, start, end, 2, 7)) {
                score = DASHED;
            } else {
                return;
            }
            if (UsTaxIds.isValidEinPrefix((d[0] - '0') * 10 + (d[1] - '0'))) {
                out.add(new Finding(EntityType.EIN, start, end, score, name()));
            }
        });
    }
}
