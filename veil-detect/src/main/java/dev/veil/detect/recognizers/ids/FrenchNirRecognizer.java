package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.FrenchNir;
import java.util.List;
import java.util.Set;

/**
 * French NIR (numéro de sécurité sociale): 15 chars, plain or grouped by spaces
 * ({@code 2 84 05 75 123 456 24}), Corsican departments 2A/2B included. The 97-key rejects all but
 * about 1 in 100 random numbers of the right structure, so a valid NIR scores high on its own.
 */
public final class FrenchNirRecognizer implements Recognizer {
    static final double SCORE = 0.85;

    @Override
    public String name() {
        return "fr_nir";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.FR_NIR);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.FR_NIR, 0.1, "nir", "sécurité sociale", "securite sociale", "insee",
                "sécu", "social security"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[15];
        int count = text.digitTokenCount();
        int done = -1; // last token of the previous match
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            if (t <= done) {
                continue;
            }
            if (!text.tokenHas(t, Text.FLAG_ALL_DIGITS) || text.tokenLength(t) > 15
                    || "123478".indexOf(text.charAt(text.tokenStart(t))) < 0) {
                continue;
            }
            int last = TokenRuns.runEnd(text, t, " ", 15);
            if (TokenRuns.copyUpper(text, t, last, buf) == 15 && FrenchNir.isValid(buf, 15)) {
                out.add(new Finding(EntityType.FR_NIR, text.tokenStart(t), text.tokenEnd(last), SCORE, name()));
                done = last;
            }
        }
    }
}
