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

    /**
     * Where a NINO containing digit token {@code d} would start: {@code d} itself if it begins with
     * a valid prefix ({@code AB123456C}), else the two-letter prefix token just before it
     * ({@code AB 12 34 56 C}); -1 if neither.
     */
    private static int start(Text text, int d) {
        if (text.tokenHas(d, Text.FLAG_ALL_UPPER) && text.tokenLength(d) <= 9 && hasPrefix(text, d)) {
            return d;
        }
        int p = d - 1;
        if (p >= 0 && text.tokenLength(p) == 2 && text.tokenHas(p, Text.FLAG_ALL_UPPER) && hasPrefix(text, p)
                && text.tokenStart(d) == text.tokenEnd(p) + 1 && " -".indexOf(text.charAt(text.tokenEnd(p))) >= 0) {
            return p;
        }
        return -1;
    }

    private static boolean hasPrefix(Text text, int t) {
        int s = text.tokenStart(t);
        return text.tokenLength(t) >= 2 && UkNino.isValidPrefix(text.charAt(s), text.charAt(s + 1));
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
            int t = start(text, text.digitToken(k));
            if (t <= done) {
                continue;
            }
            int s = text.tokenStart(t);
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
                done = last;
            }
        }
    }
}
