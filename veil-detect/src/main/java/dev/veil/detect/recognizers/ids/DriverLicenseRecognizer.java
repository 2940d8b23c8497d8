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
 * US driver's licence numbers after a licence label ({@code driver's license D1234567},
 * {@code DL# 123456789}, {@code license (CA) A1234567}). State formats range from 6 digits to a
 * letter and 12-18 digits, overlapping every other number, so the label is required. The value is
 * one token or dash-joined groups ({@code D123-4567-8901}) of 6-19 letters and digits with at least
 * four digits and at most three letters, which covers the state formats except Washington's
 * letter-heavy one. A bare "license" (software, professional) is a weaker cue than "driver's
 * license".
 */
public final class DriverLicenseRecognizer implements Recognizer {
    static final double STRONG = 0.85;
    static final double WEAK = 0.6;
    private static final String[] STATES = ("al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn "
            + "ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy").split(" ");
    private static final Cues CUES = Cues.builder()
            .cue(STRONG, "driver license", "driver's license", "driver’s license", "drivers license", "driver licence",
                    "driver's licence", "driver’s licence", "drivers licence", "driving licence", "driving license",
                    "driver's permit", "dl", "dl#", "dln", "d/l", "driver's lic", "drivers lic", "führerschein")
            .cue(WEAK, "license", "licence", "lic", "lic#")
            .fillers("id", "card", "state")
            .fillers(STATES)
            .build();

    /**
     * Digits after a driver's licence label are not a phone number, even when they would dial. Bare
     * "license" and "DL" (also a unit, mg/dL) do not lower phones: a phone recall loss costs more.
     */
    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.suppress(EntityType.PHONE, 0.4,
                "driver", "drivers", "driving", "dln").window(3, 0));
    }

    @Override
    public String name() {
        return "driver_license";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DRIVER_LICENSE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[19];
        CUES.forEachValue(text, (t, score) -> {
            int last = TokenRuns.runEnd(text, t, "-", 19);
            int n = TokenRuns.copyUpper(text, t, last, buf);
            int digits = TokenRuns.digitCount(buf, Math.max(n, 0));
            if (n >= 6 && digits >= 4 && n - digits <= 3 && !TokenRuns.looksLikeDate(text, t, last)) {
                out.add(new Finding(EntityType.DRIVER_LICENSE, text.tokenStart(t), text.tokenEnd(last), score, name()));
            }
        });
    }
}
