package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Cues;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Card expiry dates after an expiry label, near a card word or number ({@code exp 09/27},
 * {@code expires 09/2027}, {@code valid thru 09 / 27}): a month 01-12, a slash or dash, and a
 * two- or four-digit year. Without card context the same words date a passport or a contract,
 * which the date recognizer covers.
 */
public final class CardExpiryRecognizer implements Recognizer {
    static final double SCORE = 0.85;
    private static final Cues CUES = Cues.builder()
            .cue(SCORE, "exp", "exp.", "expiry", "expiration", "expires", "expire", "expiring", "expired",
                    "valid thru", "valid through", "good thru", "valid until", "valid to", "ablaufdatum")
            .fillers("date", "on", "end", "in")
            .build();

    @Override
    public String name() {
        return "card_expiry";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CARD_EXPIRY);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain('/') && !text.mayContain('-')) {
            return;
        }
        CUES.forEachValue(text, (t, score) -> {
            int end = expiryEnd(text, t);
            if (end >= 0 && CardContext.near(text, text.tokenStart(t), end)) {
                out.add(new Finding(EntityType.CARD_EXPIRY, text.tokenStart(t), end, score, name()));
            }
        });
    }

    /** End of "MM/YY", "MM/YYYY", "MM-YY" or "MM / YY" starting at token {@code t}, or -1. */
    private static int expiryEnd(Text text, int t) {
        if (t + 1 >= text.tokenCount() || !text.tokenHas(t, Text.FLAG_ALL_DIGITS) || text.tokenLength(t) > 2) {
            return -1;
        }
        int s = text.tokenStart(t);
        int month = text.tokenLength(t) == 1 ? text.charAt(s) - '0'
                : (text.charAt(s) - '0') * 10 + text.charAt(s + 1) - '0';
        int y = t + 1;
        int yearLen = text.tokenLength(y);
        if (month < 1 || month > 12 || !text.tokenHas(y, Text.FLAG_ALL_DIGITS) || (yearLen != 2 && yearLen != 4)) {
            return -1;
        }
        String between = text.substring(text.tokenEnd(t), text.tokenStart(y)).strip();
        if (!between.equals("/") && !between.equals("-")) {
            return -1;
        }
        if (y + 1 < text.tokenCount() && text.tokenStart(y + 1) == text.tokenEnd(y) + 1
                && "/-".indexOf(text.charAt(text.tokenEnd(y))) >= 0) {
            return -1; // a full date such as 09/27/2024
        }
        return text.tokenEnd(y);
    }
}
