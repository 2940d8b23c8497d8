package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.ItalianFiscalCode;
import java.util.List;
import java.util.Set;

/**
 * Italian codici fiscali ({@code RSSMRA85T10A562S}), homocode variants included, in either case.
 * The 16-char letter/digit structure, a valid month letter and day, and the check letter together
 * make a match near-certain.
 */
public final class ItalianFiscalCodeRecognizer implements Recognizer {
    static final double SCORE = 0.95;

    @Override
    public String name() {
        return "it_fiscal_code";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IT_FISCAL_CODE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[16];
        int count = text.digitTokenCount();
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            if (text.tokenLength(t) != 16 || !text.tokenHas(t, Text.FLAG_HAS_LETTER)) {
                continue;
            }
            if (TokenRuns.copyUpper(text, t, t, buf) == 16 && ItalianFiscalCode.isValid(buf, 16)) {
                out.add(new Finding(EntityType.IT_FISCAL_CODE, text.tokenStart(t), text.tokenEnd(t), SCORE, name()));
            }
        }
    }
}
