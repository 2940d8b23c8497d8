package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Cues;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Card verification codes after their label: 3 or 4 digits after {@code CVV}, {@code CVC2},
 * {@code CSC} and similar (labels specific to cards), or after "security code" / "verification
 * code" near a card word or number (elsewhere those introduce one-time passwords and door codes).
 */
public final class CardCvvRecognizer implements Recognizer {
    static final double SCORE = 0.85;
    private static final String[] FILLERS = {"code", "value", "digits"};
    private static final Cues CARD_LABELS = Cues.builder()
            .cue(SCORE, "cvv", "cvv2", "cvc", "cvc2", "csc", "cvn", "cav2", "card verification value",
                    "card verification code", "card security code", "card code")
            .fillers(FILLERS)
            .build();
    private static final Cues GENERIC_LABELS = Cues.builder()
            .cue(SCORE, "security code", "verification code", "sec code", "verification value")
            .fillers(FILLERS)
            .build();

    @Override
    public String name() {
        return "card_cvv";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CARD_CVV);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        Cues.Visitor emit = (t, score) -> {
            int len = text.tokenLength(t);
            if ((len == 3 || len == 4) && asciiDigits(text, t)) {
                out.add(new Finding(EntityType.CARD_CVV, text.tokenStart(t), text.tokenEnd(t), score, name()));
            }
        };
        CARD_LABELS.forEachValue(text, emit);
        // a value after both kinds of label is reported twice; the analyzer merges same-type overlaps
        GENERIC_LABELS.forEachValue(text, (t, score) -> {
            if (CardContext.near(text, text.tokenStart(t), text.tokenEnd(t))) {
                emit.visit(t, score);
            }
        });
    }

    private static boolean asciiDigits(Text text, int t) {
        for (int i = text.tokenStart(t); i < text.tokenEnd(t); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
