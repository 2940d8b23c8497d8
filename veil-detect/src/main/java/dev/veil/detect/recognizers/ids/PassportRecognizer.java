package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Cues;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import java.util.List;
import java.util.Set;

/**
 * Passport numbers after a passport label ({@code Passport number 531234567},
 * {@code passport no. C01X00T47}). Passport numbers have no checksum and share their shape with
 * many other numbers, so the label is required; the value must look like a passport number of a
 * major issuer: one token of 6-10 letters and digits with at least five digits and at most three
 * letters (US, UK, DE, FR, CA, IN layouts).
 */
public final class PassportRecognizer implements Recognizer {
    static final double SCORE = 0.8;
    private static final Cues CUES = Cues.builder()
            .cue(SCORE, "passport", "passports", "passport#", "passeport", "reisepass", "pasaporte", "passaporto",
                    "paspoort", "travel document")
            .fillers("id", "card", "nummer", "numero", "número")
            .build();

    /** Digits after a passport label are not a phone number, even when they would dial. */
    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.suppress(EntityType.PHONE, 0.4,
                "passport", "passports", "passeport", "reisepass", "pasaporte", "passaporto", "paspoort").window(3, 0));
    }

    @Override
    public String name() {
        return "passport";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PASSPORT);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[10];
        CUES.forEachValue(text, (t, score) -> {
            int len = text.tokenLength(t);
            if (len < 6 || len > 10 || !text.tokenHas(t, Text.FLAG_HAS_DIGIT)) {
                return;
            }
            int n = TokenRuns.copyUpper(text, t, t, buf);
            int digits = TokenRuns.digitCount(buf, n);
            if (n == len && digits >= 5 && n - digits <= 3) {
                out.add(new Finding(EntityType.PASSPORT, text.tokenStart(t), text.tokenEnd(t), score, name()));
            }
        });
    }
}
