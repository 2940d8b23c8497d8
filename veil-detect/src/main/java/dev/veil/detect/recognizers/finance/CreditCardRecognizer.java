package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.checksum.Luhn;
import java.util.List;
import java.util.Set;

/**
 * Payment card numbers (PAN): 12-19 digits, plain or grouped by spaces or dashes, with a Luhn check
 * digit and a known issuer (IIN) prefix and length. Numbers of a single repeated digit are
 * rejected; they pass Luhn but are placeholders, not cards.
 */
public final class CreditCardRecognizer implements Recognizer {

    @Override
    public String name() {
        return "credit_card";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CREDIT_CARD);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(
                ContextRule.boost(EntityType.CREDIT_CARD, 0.15, "card", "credit", "debit", "visa", "mastercard",
                        "amex", "pan", "cc", "payment"),
                ContextRule.suppress(EntityType.CREDIT_CARD, 0.3, "tracking", "order", "invoice no", "isbn"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 12, 19, " -", (start, end, d, len, groups) -> {
            if (!Luhn.isValid(d, len) || allSame(d, len) || !knownIssuer(d, len)) {
                return;
            }
            double score = groups == 1 || groupingLooksLikeCard(text, start, end, len) ? 0.9 : 0.6;
            out.add(new Finding(EntityType.CREDIT_CARD, start, end, score, name()));
        });
    }

    private static boolean allSame(char[] d, int len) {
        for (int i = 1; i < len; i++) {
            if (d[i] != d[0]) {
                return false;
            }
        }
        return true;
    }

    /** Groupings printed on cards: 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners). */
    private static boolean groupingLooksLikeCard(Text text, int start, int end, int len) {
        int[] sizes = new int[8];
        int g = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
            } else {
                if (g == sizes.length) {
                    return false;
                }
                sizes[g++] = run;
                run = 0;
            }
        }
        if (g == sizes.length) {
            return false;
        }
        sizes[g++] = run;
        boolean fours = true;
        for (int i = 0; i < g - 1; i++) {
            fours &= sizes[i] == 4;
        }
        if (fours && sizes[g - 1] >= 3 && sizes[g - 1] <= 4) {
            return true;
        }
        return g == 3 && sizes[0] == 4 && sizes[1] == 6 && (sizes[2] == 5 || sizes[2] == 4);
    }

    /** IIN ranges and lengths of the major networks (ISO/IEC 7812 registrations). */
    static boolean knownIssuer(char[] d, int len) {
        int p1 = d[0] - '0';
        int p2 = p1 * 10 + (d[1] - '0');
        int p3 = p2 * 10 + (d[2] - '0');
        int p4 = p3 * 10 + (d[3] - '0');
        int p6 = p4 * 100 + (d[4] - '0') * 10 + (d[5] - '0');
        if (p1 == 4) {
            return len == 13 || len == 16 || len == 19; // Visa
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return len == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15; // American Express
        }
        if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
            return len >= 16 && len <= 19; // Discover
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) {
            return len >= 14 && len <= 19; // Diners Club
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return len >= 16 && len <= 19; // JCB
        }
        if (p4 == 2131 || p4 == 1800) {
            return len == 15 || len == 16; // JCB legacy ranges, still produced by test-data generators
        }
        if (p2 == 62) {
            return len >= 16 && len <= 19; // UnionPay
        }
        if (p4 >= 2200 && p4 <= 2204) {
            return len >= 16 && len <= 19; // Mir
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 69) || p4 == 604) {
            return len >= 12 && len <= 19; // Maestro (0604: the former UK Maestro range)
        }
        return false;
    }
}
