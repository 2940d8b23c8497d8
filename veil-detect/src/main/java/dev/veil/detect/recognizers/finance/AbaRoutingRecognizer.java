package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.AbaRouting;
import java.util.List;
import java.util.Set;

/**
 * US ABA routing numbers: nine digits (or 4-4-1 with dashes) with a Federal Reserve prefix and the
 * 3-7-1 checksum. One nine-digit number in ten passes the checksum, so a routing cue word
 * ("routing", "ABA", "RTN") is needed; with it the candidate outscores an SSN reading of the same
 * digits. The same cue words lower a phone reading of the digits.
 */
public final class AbaRoutingRecognizer implements Recognizer {
    static final double BASE = 0.35;

    @Override
    public String name() {
        return "aba_routing";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.ABA_ROUTING);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.ABA_ROUTING, 0.45, "routing", "aba", "rtn", "routing number",
                "transit", "routing transit", "abartn", "ach", "wire"),
                // nine digits after "routing number" are not a phone number, whatever libphonenumber says
                ContextRule.suppress(EntityType.PHONE, 0.4, "routing", "aba", "rtn", "abartn").window(3, 0));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 9, 9, "-", (start, end, d, len, groups) -> {
            if ((groups == 1 || TokenRuns.isGrouped(text, start, end, 4, 4, 1)) && AbaRouting.isValid(d, len)) {
                out.add(new Finding(EntityType.ABA_ROUTING, start, end, BASE, name()));
            }
        });
    }
}
