package dev.veil.detect.recognizers.finance;

import dev.veil.detect.DigitGroups;
import dev.veil.detect.Text;
import dev.veil.detect.checksum.Luhn;

/**
 * Whether a text is about a payment card: a card word, or a Luhn-valid number of card length.
 * Expiry dates and security codes are reported only in such texts, since "exp 09/27" or
 * "code 123" mean nothing card-related elsewhere.
 */
final class CardContext {
    private static final String[] WORDS = {"card", "cards", "visa", "mastercard", "amex", "american express", "credit",
            "debit", "cc", "cvv", "cvc", "discover", "maestro", "cardholder", "jcb", "diners", "unionpay"};

    private CardContext() {
    }

    static boolean present(Text text) {
        String lower = text.lower();
        for (String w : WORDS) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                if (text.isBoundary(i) && text.isBoundary(i + w.length())) {
                    return true;
                }
            }
        }
        boolean[] found = new boolean[1];
        DigitGroups.scan(text, 12, 19, " -", (start, end, d, len, groups) -> found[0] |= Luhn.isValid(d, len));
        return found[0];
    }
}
