package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Cues;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Vehicle licence plates after a plate or registration label ({@code plate 7ABC123},
 * {@code registration AB12 CDE}, {@code licence plate ABC-1234}). Plates follow no common format,
 * so the label is required; the value is one to three upper-case tokens joined by a space or dash,
 * 4-8 letters and digits in all, with a digit and either a letter or five digits.
 */
public final class LicensePlateRecognizer implements Recognizer {
    static final double SCORE = 0.8;
    private static final Cues CUES = Cues.builder()
            .cue(SCORE, "license plate", "licence plate", "number plate", "plate", "plates", "registration plate",
                    "vehicle registration", "registration", "registration number", "registration no", "reg no", "reg",
                    "tag number",
                    "license tag", "kennzeichen", "immatriculation")
            .fillers("tag")
            .build();

    @Override
    public String name() {
        return "license_plate";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.LICENSE_PLATE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        CUES.forEachValue(text, (t, score) -> {
            int count = text.tokenCount();
            int chars = 0;
            int digits = 0;
            int letters = 0;
            int last = -1;
            for (int k = t; k < count && k < t + 3; k++) {
                if (k > t && (text.tokenStart(k) != text.tokenEnd(k - 1) + 1
                        || " -".indexOf(text.charAt(text.tokenEnd(k - 1))) < 0)) {
                    break;
                }
                int len = text.tokenLength(k);
                if (chars + len > 8 || !plateToken(text, k)) {
                    break;
                }
                chars += len;
                for (int i = text.tokenStart(k); i < text.tokenEnd(k); i++) {
                    char c = text.charAt(i);
                    if (c <= '9') {
                        digits++;
                    } else {
                        letters++;
                    }
                }
                last = k;
            }
            if (last >= 0 && chars >= 4 && digits >= 1 && (letters >= 1 || digits >= 5)) {
                out.add(new Finding(EntityType.LICENSE_PLATE, text.tokenStart(t), text.tokenEnd(last), score, name()));
            }
        });
    }

    /** Upper-case ASCII letters and digits only. */
    private static boolean plateToken(Text text, int k) {
        for (int i = text.tokenStart(k); i < text.tokenEnd(k); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
