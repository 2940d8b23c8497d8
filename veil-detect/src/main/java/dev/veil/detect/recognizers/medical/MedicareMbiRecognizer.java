package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.MedicareMbi;
import java.util.List;
import java.util.Set;

/**
 * US Medicare Beneficiary Identifiers, compact ({@code 1EG4TE5MK73}) or as printed on the card
 * ({@code 1EG4-TE5-MK73}). The position rules (letters without S, L, O, I, B, Z in fixed places)
 * make a random word or number fit rarely, so no context is needed; "Medicare" or "MBI" raise it.
 */
public final class MedicareMbiRecognizer implements Recognizer {
    static final double BASE = 0.7;

    @Override
    public String name() {
        return "medicare_mbi";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.MEDICARE_MBI);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.MEDICARE_MBI, 0.25, "mbi", "medicare", "beneficiary"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[11];
        int count = text.digitTokenCount();
        int done = -1; // last token of the previous match
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            if (t <= done) {
                continue;
            }
            int len = text.tokenLength(t);
            if ((len != 11 && len != 4) || !text.tokenHas(t, Text.FLAG_ALL_UPPER)) {
                continue;
            }
            char first = text.charAt(text.tokenStart(t));
            if (first < '1' || first > '9') {
                continue;
            }
            int last = len == 11 ? t : TokenRuns.runEnd(text, t, "-", 11);
            boolean layout = last == t || (last == t + 2 && TokenRuns.isGrouped(text, text.tokenStart(t),
                    text.tokenEnd(last), 4, 3, 4));
            if (layout && TokenRuns.copyUpper(text, t, last, buf) == 11 && MedicareMbi.isValid(buf, 11)) {
                out.add(new Finding(EntityType.MEDICARE_MBI, text.tokenStart(t), text.tokenEnd(last), BASE, name()));
                done = last;
            }
        }
    }
}
