package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.GermanTaxId;
import java.util.List;
import java.util.Set;

/**
 * German tax IDs (Steuer-IdNr): eleven digits, plain or 2-3-3-3, passing both the digit-repetition
 * rule and the ISO 7064 check (together about 1 in 250 random numbers), so they are reported at
 * the threshold and raised by German or English tax cue words.
 */
public final class GermanTaxIdRecognizer implements Recognizer {
    static final double BASE = 0.5;

    @Override
    public String name() {
        return "de_tax_id";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DE_TAX_ID);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.DE_TAX_ID, 0.4, "steuer", "steuer-id", "steuerid", "idnr",
                "identifikationsnummer", "steueridentifikationsnummer", "steuerliche", "tax id", "tin",
                "tax identification"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 11, 11, " /", (start, end, d, len, groups) -> {
            if ((groups == 1 || TokenRuns.isGrouped(text, start, end, 2, 3, 3, 3)) && GermanTaxId.isValid(d, len)) {
                out.add(new Finding(EntityType.DE_TAX_ID, start, end, BASE, name()));
            }
        });
    }
}
