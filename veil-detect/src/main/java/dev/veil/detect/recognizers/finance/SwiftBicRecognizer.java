package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.SwiftBic;
import java.util.List;
import java.util.Set;

/**
 * SWIFT/BIC codes: 8 or 11 upper-case chars, a valid ISO country code in positions 5-6. A code
 * with a digit in its location or branch part ({@code DEUTDEFF500}, {@code BOFAUS3N}) is unlike
 * any word and is reported; an all-letter code ({@code DEUTDEFF}) is shaped like ALL-CAPS words
 * such as BUSINESS, so it needs a SWIFT/BIC cue word.
 */
public final class SwiftBicRecognizer implements Recognizer {
    static final double WITH_DIGIT = 0.6;
    static final double LETTERS_ONLY = 0.3;

    @Override
    public String name() {
        return "swift_bic";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.SWIFT_BIC);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.SWIFT_BIC, 0.45, "swift", "bic", "swift code", "bic code",
                "swift/bic", "bank identifier code", "bank code"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        char[] buf = new char[11];
        int count = text.tokenCount();
        for (int t = 0; t < count; t++) {
            int len = text.tokenLength(t);
            if ((len != 8 && len != 11) || !text.tokenHas(t, Text.FLAG_ALL_UPPER)) {
                continue;
            }
            if (TokenRuns.copyUpper(text, t, t, buf) != len || !SwiftBic.isValid(buf, len)) {
                continue;
            }
            double score = text.tokenHas(t, Text.FLAG_HAS_DIGIT) ? WITH_DIGIT : LETTERS_ONLY;
            out.add(new Finding(EntityType.SWIFT_BIC, text.tokenStart(t), text.tokenEnd(t), score, name()));
        }
    }
}
