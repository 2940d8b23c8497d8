package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.checksum.Npi;
import java.util.List;
import java.util.Set;

/**
 * US National Provider Identifiers: ten plain digits starting with 1 or 2, Luhn-valid with the
 * 80840 prefix. One ten-digit phone number in ten passes the same test, so an NPI cue word is
 * needed; with it the candidate outscores a phone reading.
 */
public final class NpiRecognizer implements Recognizer {
    static final double BASE = 0.4;

    @Override
    public String name() {
        return "npi";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.NPI);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.NPI, 0.45, "npi", "national provider", "provider id",
                "provider number", "provider no", "prescriber", "npi#"),
                // the NPI's own ten digits ("NPI 1457398210", "NPI number ..."), not a phone on the next line
                ContextRule.suppress(EntityType.PHONE, 0.4, "npi").window(2, 0));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 10, 10, "", (start, end, d, len, groups) -> {
            if (Npi.isValid(d, len)) {
                out.add(new Finding(EntityType.NPI, start, end, BASE, name()));
            }
        });
    }
}
