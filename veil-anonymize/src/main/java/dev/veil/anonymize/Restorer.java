package dev.veil.anonymize;

import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores free text (a model's answer, an output file) for one scope: every vault token of the
 * scope (placeholders and surrogates) and every {@code [ENC:...]} ciphertext of the scope found in
 * the text is replaced by its original value. Obtained from {@link Anonymizer#restorer}, which needs
 * a {@link dev.veil.vault.RevealCapability}; it holds the scope's mappings in memory, so build one per
 * scope and reuse it for many texts. Thread-safe.
 *
 * <p>Matching: a token that starts (ends) with a letter or digit only matches where the text does
 * not continue with a letter or digit before (after) it, so the surrogate {@code Lee} is not found
 * inside {@code Leeds}; among overlapping candidates the leftmost, then longest, wins. Placeholder
 * look-alikes (in the policy's styles) and ciphertexts that the vault or key do not know are left
 * as they are and counted as unknown. Format-preserving (FF1) ciphertexts look like real numbers and
 * are not searched for; restore them by position with
 * {@link Anonymizer#restore(AnonymizedText, Scope, dev.veil.vault.RevealCapability)}.
 */
public final class Restorer {
    private final Scope scope;
    private final Map<String, SecretValue> tokens;
    private final int[] lengthsDescending;
    private final BitSet firstChars = new BitSet(128);
    private final OperatorKeys keys;
    private final List<Pattern> placeholderPatterns;

    Restorer(Scope scope, Map<String, SecretValue> vaultTokens, OperatorKeys keys, List<Pattern> placeholderPatterns) {
        this.scope = scope;
        this.keys = keys;
        this.placeholderPatterns = List.copyOf(placeholderPatterns);
        Map<String, SecretValue> t = new HashMap<>(vaultTokens.size() * 2);
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Map.Entry<String, SecretValue> e : vaultTokens.entrySet()) {
            String token = e.getKey();
            if (token.startsWith(OperatorContext.DATE_SHIFT_TOKEN_PREFIX)) {
                continue; // a scope's date offset, not a document value
            }
            t.put(token, e.getValue());
            lengths.add(token.length());
            firstChars.set(token.charAt(0));
        }
        this.tokens = t;
        this.lengthsDescending = lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of vault tokens this restorer knows. */
    public int knownTokens() {
        return tokens.size();
    }

    public RestoredText restore(String text) {
        List<int[]> spans = new ArrayList<>();        // start, end, index into values
        List<String> values = new ArrayList<>();
        int unknown = 0;
        Matcher enc = SivEncryptOperator.TOKEN.matcher(text);
        while (enc.find()) {
            String v = keys == null ? null : SivEncryptOperator.decrypt(enc.group(1), scope, keys);
            if (v == null) {
                unknown++;
            } else {
                spans.add(new int[] {enc.start(), enc.end(), values.size()});
                values.add(v);
            }
        }
        findVaultTokens(text, spans, values);
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        StringBuilder out = new StringBuilder(text.length());
        BitSet covered = new BitSet(text.length());
        int pos = 0;
        int restored = 0;
        for (int[] s : spans) {
            if (s[0] < pos) {
                continue; // overlaps an earlier, longer match
            }
            out.append(text, pos, s[0]).append(values.get(s[2]));
            covered.set(s[0], s[1]);
            pos = s[1];
            restored++;
        }
        out.append(text, pos, text.length());
        for (Pattern p : placeholderPatterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (covered.nextSetBit(m.start()) < 0 || covered.nextSetBit(m.start()) >= m.end()) {
                    unknown++;
                }
            }
        }
        return new RestoredText(out.toString(), restored, unknown);
    }

    private void findVaultTokens(String text, List<int[]> spans, List<String> values) {
        if (tokens.isEmpty()) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!firstChars.get(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int matched = 0;
            for (int len : lengthsDescending) {
                int end = i + len;
                if (end > n) {
                    continue;
                }
                if (Character.isLetterOrDigit(text.charAt(end - 1)) && end < n && Character.isLetterOrDigit(text.charAt(end))) {
                    continue;
                }
                SecretValue v = tokens.get(text.substring(i, end));
                if (v != null) {
                    spans.add(new int[] {i, end, values.size()});
                    values.add(v.reveal());
                    matched = len;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
    }

    @Override
    public String toString() {
        return "Restorer[" + scope + ", " + tokens.size() + " tokens]";
    }
}
