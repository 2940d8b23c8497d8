package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.SpanishNif;
import java.util.List;
import java.util.Set;

/**
 * Spanish DNI ({@code 12345678Z}) and NIE ({@code X1234567L}), compact or with a dash or space
 * before the letter. The check letter passes 1 random number in 23; the NIE's leading X/Y/Z makes
 * it rarer still, hence its higher score.
 */
public final class SpanishNifRecognizer implements Recognizer {
    static final double DNI = 0.6;
    static final double NIE = 0.7;

    @Override
    public String name() {
        return "es_nif";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.ES_NIF);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.ES_NIF, 0.3, "dni", "nie", "nif", "documento nacional",
                "identidad", "identificación", "extranjero"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[9];
        int count = text.digitTokenCount();
        int done = -1; // last token of the previous match
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            if (t <= done) {
                continue;
            }
            if (text.tokenLength(t) > 9) {
                continue;
            }
            char first = text.charAt(text.tokenStart(t));
            if (!((first >= '0' && first <= '9') || "XYZxyz".indexOf(first) >= 0)) {
                continue;
            }
            int last = TokenRuns.runEnd(text, t, "- ", 9);
            if (TokenRuns.copyUpper(text, t, last, buf) == 9 && SpanishNif.isValid(buf, 9)) {
                double score = SpanishNif.isNie(buf) ? NIE : DNI;
                out.add(new Finding(EntityType.ES_NIF, text.tokenStart(t), text.tokenEnd(last), score, name()));
                done = last;
            }
        }
    }
}
