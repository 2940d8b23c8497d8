package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.UkNino;
import java.util.List;
import java.util.Set;

/**
 * UK National Insurance numbers in upper case, compact or grouped ({@code AB 12 34 56 C}), with
 * HMRC's prefix rules. With the A-D suffix the shape is distinctive; without it (it is sometimes
 * left off) a NINO cue word is needed.
 */
public final class UkNinoRecognizer implements Recognizer {
    static final double WITH_SUFFIX = 0.85;
    static final double NO_SUFFIX = 0.4;

    @Override
    public String name() {
        return "uk_nino";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.UK_NINO);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.UK_NINO, 0.4, "national insurance", "nino", "ni number", "ni no",
                "insurance number", "nat ins"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[9];
        int count = text.tokenCount();
        for (int t = 0; t < count; t++) {
            int s = text.tokenStart(t);
            if (text.tokenLength(t) < 2 || text.tokenLength(t) > 9 || !text.tokenHas(t, Text.FLAG_ALL_UPPER)
                    || !UkNino.isValidPrefix(text.charAt(s), text.charAt(s + 1))) {
                continue;
            }
            int last = TokenRuns.runEnd(text, t, " -", 9);
            int len = TokenRuns.copyUpper(text, t, last, buf);
            if (len == 9 && !Character.isUpperCase(text.charAt(text.tokenEnd(last) - 1))) {
                // a lower-case word after the digits ("AB123456 a ...") is prose, not the suffix
                last--;
                len = TokenRuns.copyUpper(text, t, last, buf);
            }
            if (len >= 8 && UkNino.isValid(buf, len)) {
                double score = len == 9 ? WITH_SUFFIX : NO_SUFFIX;
                out.add(new Finding(EntityType.UK_NINO, s, text.tokenEnd(last), score, name()));
                t = last;
            }
        }
    }
}
