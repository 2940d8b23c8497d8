package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.UkNhs;
import java.util.List;
import java.util.Set;

/**
 * UK NHS numbers: ten digits, plain or 3-3-4, with a mod 11 check digit. One phone number in
 * eleven passes the check too, so a candidate needs an NHS cue word to pass the threshold; the
 * explicit label "NHS number" also lowers the phone reading.
 */
public final class UkNhsRecognizer implements Recognizer {
    static final double BASE = 0.4;

    @Override
    public String name() {
        return "uk_nhs";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.UK_NHS);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.UK_NHS, 0.45, "nhs", "national health service",
                "health service number", "health and care number", "chi number"),
                // only the explicit label: "NHS 111: 0300 311 2233" is a phone number
                ContextRule.suppress(EntityType.PHONE, 0.5, "nhs number", "nhs no").window(3, 0));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 10, 10, " -", (start, end, d, len, groups) -> {
            if ((groups == 1 || TokenRuns.isGrouped(text, start, end, 3, 3, 4)) && UkNhs.isValid(d, len)) {
                out.add(new Finding(EntityType.UK_NHS, start, end, BASE, name()));
            }
        });
    }
}
