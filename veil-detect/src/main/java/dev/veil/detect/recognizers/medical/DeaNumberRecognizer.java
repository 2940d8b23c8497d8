package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.DeaNumber;
import java.util.List;
import java.util.Set;

/**
 * US DEA registration numbers ({@code AB1234563}): a registrant-type letter, a letter or 9, and
 * seven digits with a valid check digit. The shape is rare in prose but the check passes one
 * random number in ten, so the base score is moderate and "DEA" raises it.
 */
public final class DeaNumberRecognizer implements Recognizer {
    static final double BASE = 0.6;

    @Override
    public String name() {
        return "dea_number";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DEA_NUMBER);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.DEA_NUMBER, 0.3, "dea", "dea#", "drug enforcement",
                "registration", "prescriber"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[9];
        int count = text.digitTokenCount();
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            if (text.tokenLength(t) != 9 || !text.tokenHas(t, Text.FLAG_ALL_UPPER)) {
                continue;
            }
            if (TokenRuns.copyUpper(text, t, t, buf) == 9 && DeaNumber.isValid(buf, 9)) {
                out.add(new Finding(EntityType.DEA_NUMBER, text.tokenStart(t), text.tokenEnd(t), BASE, name()));
            }
        }
    }
}
