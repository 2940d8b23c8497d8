package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.Iban;
import java.util.List;
import java.util.Set;

/**
 * IBANs, compact ({@code GB82WEST12345698765432}) or grouped by single spaces or dashes
 * ({@code DE89 3704 0044 0532 0130 00}), upper or lower case. The country's registered length and
 * the mod 97 check (1 in 97 random strings) make a match near-certain, so no context is needed.
 */
public final class IbanRecognizer implements Recognizer {
    static final double SCORE = 0.95;

    @Override
    public String name() {
        return "iban";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IBAN);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[Iban.MAX_LENGTH];
        int count = text.digitTokenCount();
        int done = -1; // last token of the previous match
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            if (t <= done) {
                continue;
            }
            int s = text.tokenStart(t);
            int len = text.tokenLength(t);
            if (len < 4
                    || !(text.tokenHas(t, Text.FLAG_ALL_UPPER) || text.tokenHas(t, Text.FLAG_ALL_LOWER))) {
                continue;
            }
            int expected = Iban.length(upper(text.charAt(s)), upper(text.charAt(s + 1)));
            if (expected == 0 || !isDigit(text.charAt(s + 2)) || !isDigit(text.charAt(s + 3)) || len > expected) {
                continue;
            }
            int last = groupsEnd(text, t, expected);
            if (last < 0) {
                continue;
            }
            int n = TokenRuns.copyUpper(text, t, last, buf);
            if (n == expected && Iban.isValid(buf, n)) {
                out.add(new Finding(EntityType.IBAN, s, text.tokenEnd(last), SCORE, name()));
                done = last;
            }
        }
    }

    /**
     * The last token of the groups from {@code t}, joined by single spaces or single dashes (one
     * kind), that add up to {@code expected} chars, or -1.
     */
    private static int groupsEnd(Text text, int t, int expected) {
        int chars = text.tokenLength(t);
        int last = t;
        char sep = 0;
        while (chars < expected) {
            int next = last + 1;
            if (next >= text.tokenCount() || text.tokenStart(next) != text.tokenEnd(last) + 1) {
                return -1;
            }
            char c = text.charAt(text.tokenEnd(last));
            if ((c != ' ' && c != '-') || (sep != 0 && c != sep)) {
                return -1;
            }
            sep = c;
            chars += text.tokenLength(next);
            last = next;
        }
        return chars == expected ? last : -1;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
