package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Provider API keys and tokens recognized by their documented formats: a fixed prefix
 * ({@code ghp_}, {@code sk_live_}, {@code AKIA}, {@code xoxb-}, ... see {@link ProviderRules}) and
 * a body of known alphabet and length, plus three prefix-less formats with a fixed infix (Telegram
 * bot tokens {@code 123456789:AA...}, Facebook app tokens {@code appid|secret}, Azure AD client
 * secrets {@code xxx8Q~...}).
 *
 * <p>Cost: one walk over the word tokens the {@link Text} already indexed; at each token start a
 * {@link PrefixTrie} lookup whose cost is bounded by the longest prefix, so 170 formats cost
 * one pass. Nothing is allocated unless a whole prefix matched.
 */
public final class ProviderKeyRecognizer implements Recognizer {
    private static final PrefixTrie TRIE = new PrefixTrie(ProviderRules.all());

    @Override
    public String name() {
        return "provider_key";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.API_KEY);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.API_KEY, 0.1, "key", "token", "secret", "api", "credential",
                "auth", "bearer"));
    }

    /** Number of provider formats known, for documentation and tests. */
    public static int formatCount() {
        return ProviderRules.all().size();
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String s = text.string();
        int n = text.tokenCount();
        int coveredUntil = 0;
        for (int t = 0; t < n; t++) {
            int start = text.tokenStart(t);
            if (start < coveredUntil) {
                continue;
            }
            start = afterAnsiColour(s, start);
            char c = s.charAt(start);
            if (TRIE.mayStart(c) && !gluedToToken(s, start)) {
                long hit = TRIE.matchAt(s, start);
                if (hit >= 0) {
                    ProviderRule rule = TRIE.rule((int) (hit >>> 32));
                    int end = (int) hit;
                    out.add(new Finding(EntityType.API_KEY, extendLeft(s, rule, start), end, rule.score(), name()));
                    coveredUntil = end;
                    continue;
                }
            }
            if (text.tokenHas(t, Text.FLAG_ALL_DIGITS)) {
                int end = Math.max(telegramBotToken(s, start, text.tokenEnd(t)), facebookAppToken(s, start, text.tokenEnd(t)));
                if (end > 0) {
                    out.add(new Finding(EntityType.API_KEY, start, end, 0.9, name()));
                    coveredUntil = end;
                }
            }
        }
        if (text.mayContain('~')) {
            azureClientSecrets(s, out);
        }
    }

    /**
     * A prefix glued to a preceding '_' or '-' that follows a letter or digit is inside a longer
     * identifier ({@code my_ghp_x}), not a token start; one after '+' or '/' in a long base64 run
     * is a chance substring of encoded data.
     */
    private static boolean gluedToToken(String s, int start) {
        if (start < 2) {
            return false;
        }
        char p = s.charAt(start - 1);
        if (p == '+' || p == '/') {
            // inside a base64 blob (an inline image, a certificate): a run of base64 before it
            return CharClass.B64.runBackward(s, start, 24) >= 24;
        }
        return (p == '_' || p == '-') && CharClass.isAsciiLetterOrDigit(s.charAt(start - 2));
    }

    /**
     * Terminal output: {@code ESC[93m} glues its colour code to the token ("93msk-..."); the
     * token proper starts after the 'm'.
     */
    private static int afterAnsiColour(String s, int start) {
        if (start < 2 || s.charAt(start - 1) != '[' || s.charAt(start - 2) != '\u001b') {
            return start;
        }
        int i = start;
        while (i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == ';')) {
            i++;
        }
        return i < s.length() - 1 && s.charAt(i) == 'm' ? i + 1 : start;
    }

    /** Webhook URLs include their scheme; Terraform tokens include the id before ".atlasv1.". */
    private static int extendLeft(String s, ProviderRule rule, int start) {
        String p = rule.prefix();
        if (p.startsWith("hooks.") || p.startsWith("discord")) {
            if (s.startsWith("https://", Math.max(0, start - 8)) && start >= 8) {
                return start - 8;
            }
            if (s.startsWith("http://", Math.max(0, start - 7)) && start >= 7) {
                return start - 7;
            }
            return start;
        }
        if (p.equals("atlasv1.") && start > 1 && s.charAt(start - 1) == '.') {
            int id = start - 1 - CharClass.ALNUM.runBackward(s, start - 1, 20);
            return id < start - 1 ? id : start;
        }
        return start;
    }

    /** Telegram bot token: 8-10 digit bot id, ':', then "AA" and 33 base64url chars. */
    private static int telegramBotToken(String s, int start, int digitsEnd) {
        int len = digitsEnd - start;
        if (len < 8 || len > 10 || digitsEnd + 3 >= s.length() || s.charAt(digitsEnd) != ':'
                || s.charAt(digitsEnd + 1) != 'A' || s.charAt(digitsEnd + 2) != 'A') {
            return -1;
        }
        int body = digitsEnd + 3;
        int run = CharClass.B64URL.run(s, body, 40);
        int end = body + run;
        if (run != 33 || end < s.length() && CharClass.isAsciiLetterOrDigit(s.charAt(end))) {
            return -1;
        }
        return end;
    }

    /** Facebook app access token: 15-16 digit app id, '|', 27 base64url chars (app secret proof). */
    private static int facebookAppToken(String s, int start, int digitsEnd) {
        int len = digitsEnd - start;
        if (len < 15 || len > 16 || digitsEnd + 1 >= s.length() || s.charAt(digitsEnd) != '|') {
            return -1;
        }
        int run = CharClass.B64URL.run(s, digitsEnd + 1, 40);
        int end = digitsEnd + 1 + run;
        if (run != 27 || end < s.length() && CharClass.isAsciiLetterOrDigit(s.charAt(end))) {
            return -1;
        }
        return end;
    }

    /** Azure AD (Entra) client secrets: 3 chars, "8Q~", then 31-34 chars of [A-Za-z0-9_~.-]. */
    private void azureClientSecrets(String s, List<Finding> out) {
        int i = s.indexOf("8Q~");
        while (i >= 0) {
            int start = i - 3;
            if (start >= 0 && CharClass.B64URL_DOT.run(s, start, 3) == 3
                    && (start == 0 || !CharClass.B64URL_DOT.has(s.charAt(start - 1)))) {
                int j = i + 3;
                int n = s.length();
                while (j < n && (CharClass.B64URL_DOT.has(s.charAt(j)) || s.charAt(j) == '~') && j - i - 3 <= 34) {
                    j++;
                }
                int body = j - i - 3;
                if (body >= 31 && body <= 34 && (j == n || !CharClass.isAsciiLetterOrDigit(s.charAt(j)))) {
                    out.add(new Finding(EntityType.API_KEY, start, j, 0.85, name()));
                }
            }
            i = s.indexOf("8Q~", i + 3);
        }
    }
}
