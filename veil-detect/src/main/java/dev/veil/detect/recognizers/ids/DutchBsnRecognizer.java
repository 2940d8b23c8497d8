package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.DutchBsn;
import java.util.List;
import java.util.Set;

/**
 * Dutch citizen service numbers (BSN): nine digits, plain, 4-2-3 or 3-3-3, passing the 11-test.
 * One nine-digit number in eleven passes, so a candidate needs a BSN cue word.
 */
public final class DutchBsnRecognizer implements Recognizer {
    static final double BASE = 0.3;

    @Override
    public String name() {
        return "nl_bsn";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.NL_BSN);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.NL_BSN, 0.45, "bsn", "burgerservicenummer", "sofinummer", "sofi",
                "citizen service number", "persoonsnummer"),
                ContextRule.suppress(EntityType.SSN, 0.3, "bsn", "burgerservicenummer", "sofinummer").window(3, 0));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 9, 9, " .-", (start, end, d, len, groups) -> {
            boolean layout = groups == 1 || TokenRuns.isGrouped(text, start, end, 4, 2, 3)
                    || TokenRuns.isGrouped(text, start, end, 3, 3, 3);
            if (layout && DutchBsn.isValid(d, len)) {
                out.add(new Finding(EntityType.NL_BSN, start, end, BASE, name()));
            }
        });
    }
}
