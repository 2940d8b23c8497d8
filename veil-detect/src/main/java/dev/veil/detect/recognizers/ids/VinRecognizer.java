package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.Vin;
import java.util.List;
import java.util.Set;

/**
 * Vehicle identification numbers: 17 letters and digits without I, O, Q. A matching ISO 3779 check
 * digit makes a VIN near-certain. The check digit is mandatory in North America (first char 1-5),
 * so there a mismatch needs a VIN cue; elsewhere it is optional, and a VIN ending in four digits
 * (the serial part) is reported at the threshold.
 */
public final class VinRecognizer implements Recognizer {
    static final double CHECKED = 0.95;
    static final double UNCHECKED = 0.5;
    static final double WEAK = 0.3;

    @Override
    public String name() {
        return "vin";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.VIN);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.VIN, 0.35, "vin", "vehicle", "chassis", "vehicle identification"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[17];
        int count = text.digitTokenCount();
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            if (text.tokenLength(t) != 17
                    || !(text.tokenHas(t, Text.FLAG_ALL_UPPER) || text.tokenHas(t, Text.FLAG_ALL_LOWER))) {
                continue;
            }
            if (TokenRuns.copyUpper(text, t, t, buf) != 17 || !Vin.hasVinAlphabet(buf, 17)) {
                continue;
            }
            double score;
            if (Vin.isValid(buf, 17)) {
                score = CHECKED;
            } else if (buf[0] >= '1' && buf[0] <= '5') {
                score = WEAK;
            } else {
                score = TokenRuns.digitCount(buf, 17) >= 4 && serialDigits(buf) ? UNCHECKED : WEAK;
            }
            out.add(new Finding(EntityType.VIN, text.tokenStart(t), text.tokenEnd(t), score, name()));
        }
    }

    private static boolean serialDigits(char[] v) {
        for (int i = 13; i < 17; i++) {
            if (v[i] < '0' || v[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
