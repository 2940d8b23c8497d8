package dev.veil.detect.recognizers.finance;

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
 * Bank account numbers after an account label ({@code account number 000123456789},
 * {@code acct# 4410-22871}, {@code a/c 12345678}). Account numbers have no common format or
 * checksum, so the label is required; the value is 6-17 digits, plain or in groups joined by
 * dashes or by spaces between groups of four. A bare "account" is a weaker cue than "account number" or "acct".
 */
public final class BankAccountRecognizer implements Recognizer {
    static final double STRONG = 0.8;
    static final double WEAK = 0.6;
    private static final Cues CUES = Cues.builder()
            .cue(STRONG, "account number", "account no", "account #", "acct", "acct#", "a/c", "bank account",
                    "checking account", "savings account", "chequing account", "deposit account", "kontonummer",
                    "numéro de compte", "número de cuenta")
            .cue(WEAK, "account", "accounts")
            .fillers("id", "ending")
            .build();

    /** Digits after an account label are not a phone number, even when they would dial. */
    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.suppress(EntityType.PHONE, 0.4, "account number", "account no", "acct", "a/c",
                "bank account", "checking account", "savings account").window(3, 0));
    }

    @Override
    public String name() {
        return "bank_account";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.BANK_ACCOUNT);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        CUES.forEachValue(text, (t, score) -> {
            int count = text.tokenCount();
            int digits = 0;
            int last = -1;
            for (int k = t; k < count; k++) {
                if (k > t && !joins(text, k)) {
                    break;
                }
                if (!asciiDigits(text, k) || digits + text.tokenLength(k) > 17) {
                    break;
                }
                digits += text.tokenLength(k);
                last = k;
            }
            if (last >= 0 && digits >= 6 && !TokenRuns.looksLikeDate(text, t, last)) {
                out.add(new Finding(EntityType.BANK_ACCOUNT, text.tokenStart(t), text.tokenEnd(last), score, name()));
            }
        });
    }

    /**
     * Whether token {@code k} continues the number: joined by a dash, or by a space in the 4-digit
     * grouping of printed statements ({@code 1234 5678 9012}); a looser space rule would swallow a
     * following year or amount.
     */
    private static boolean joins(Text text, int k) {
        int gap = text.tokenEnd(k - 1);
        if (text.tokenStart(k) != gap + 1) {
            return false;
        }
        char sep = text.charAt(gap);
        return sep == '-' || (sep == ' ' && text.tokenLength(k - 1) == 4 && text.tokenLength(k) <= 4);
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
