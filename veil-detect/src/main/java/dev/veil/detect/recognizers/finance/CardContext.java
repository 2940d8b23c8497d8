package dev.veil.detect.recognizers.finance;

import dev.veil.detect.DigitGroups;
import dev.veil.detect.Text;
import dev.veil.detect.checksum.Luhn;

/**
 * Whether a place in a text is about a payment card: a card word, or a Luhn-valid number of card
 * length, within {@link #BEFORE} chars before or {@link #AFTER} chars after it. Expiry dates and
 * generic security codes are reported only there, since "exp 10/12" or "code 4321" mean nothing
 * card-related elsewhere (a clinical note's "exp wheezes", a door code).
 */
final class CardContext {
    static final int BEFORE = 120;
    static final int AFTER = 60;
    private static final String[] WORDS = {"card", "cards", "visa", "mastercard", "amex", "american express", "credit",
            "debit", "cc", "cvv", "cvc", "discover", "maestro", "cardholder", "jcb", "diners", "unionpay"};

    private CardContext() {
    }

    /** True if the span {@code [start, end)} has card context around it. */
    static boolean near(Text text, int start, int end) {
        int from = Math.max(0, start - BEFORE);
        int to = Math.min(text.length(), end + AFTER);
        String lower = text.lower();
        for (String w : WORDS) {
            for (int i = lower.indexOf(w, from); i >= 0 && i + w.length() <= to; i = lower.indexOf(w, i + 1)) {
                if (text.isBoundary(i) && text.isBoundary(i + w.length())) {
                    return true;
                }
            }
        }
        boolean[] found = new boolean[1];
        DigitGroups.scan(text, 12, 19, " -", (s, e, d, len, groups) ->
                found[0] |= s < to && e > from && Luhn.isValid(d, len));
        return found[0];
    }
}
