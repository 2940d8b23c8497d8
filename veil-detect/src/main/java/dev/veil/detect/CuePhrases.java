package dev.veil.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phrases of one {@link ContextRule}, indexed by the hash of their first word so the context
 * stage tests a window token against only the phrases that could start there. A phrase that starts
 * with a word character can only match where a token starts, and then its first word is that whole
 * token: the same lower-cased hash as {@link Text#tokenHash}. Phrases outside ASCII, or starting with
 * punctuation, are kept in a plain list and scanned the slow way. Immutable.
 */
final class CuePhrases {
    private final ContextRule rule;
    /** First-word hashes, sorted; {@code byHash[i]} are the phrases whose first word hashes to {@code hashes[i]}. */
    private final int[] hashes;
    private final String[][] byHash;
    private final String[] other;

    CuePhrases(ContextRule rule) {
        this.rule = rule;
        List<String> indexed = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String p : rule.phrases()) {
            if (p.isEmpty()) {
                continue;
            }
            (isAsciiWordStart(p) ? indexed : rest).add(p);
        }
        indexed.sort((a, b) -> Integer.compare(firstWordHash(a), firstWordHash(b)));
        int[] hs = new int[indexed.size()];
        String[][] groups = new String[indexed.size()][];
        int n = 0;
        for (int i = 0; i < indexed.size(); ) {
            int h = firstWordHash(indexed.get(i));
            int j = i;
            while (j < indexed.size() && firstWordHash(indexed.get(j)) == h) {
                j++;
            }
            hs[n] = h;
            groups[n++] = indexed.subList(i, j).toArray(String[]::new);
            i = j;
        }
        this.hashes = Arrays.copyOf(hs, n);
        this.byHash = Arrays.copyOf(groups, n);
        this.other = rest.toArray(String[]::new);
    }

    ContextRule rule() {
        return rule;
    }

    /** Whether a phrase occurs on whole-word boundaries within tokens {@code [from, to]}. */
    boolean occursIn(Text text, int from, int to) {
        int b = text.tokenEnd(to);
        if (hashes.length > 0) {
            String lower = text.lower();
            for (int t = from; t <= to; t++) {
                int k = Arrays.binarySearch(hashes, text.tokenHash(t));
                if (k < 0) {
                    continue;
                }
                int idx = text.tokenStart(t);
                for (String phrase : byHash[k]) {
                    int len = phrase.length();
                    if (idx + len <= b && lower.regionMatches(idx, phrase, 0, len) && text.isBoundary(idx + len)) {
                        return true;
                    }
                }
            }
        }
        if (other.length > 0) {
            return slowOccursIn(text, text.tokenStart(from), b);
        }
        return false;
    }

    /** Phrases outside the index: every offset of the window (it never leaves the window). */
    private boolean slowOccursIn(Text text, int a, int b) {
        String lower = text.lower();
        for (String phrase : other) {
            int len = phrase.length();
            for (int idx = a; idx + len <= b; idx++) {
                if (lower.regionMatches(idx, phrase, 0, len) && text.isBoundary(idx) && text.isBoundary(idx + len)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ASCII only (so lower-casing is per char, as in {@link Text#tokenHash}) and starting with a letter or digit. */
    private static boolean isAsciiWordStart(String p) {
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) >= 128) {
                return false;
            }
        }
        return isWord(p.charAt(0));
    }

    /** {@code hashCode} of the phrase's first run of ASCII letters and digits (a token's text). */
    static int firstWordHash(String p) {
        int h = 0;
        for (int i = 0; i < p.length() && isWord(p.charAt(i)); i++) {
            h = 31 * h + p.charAt(i);
        }
        return h;
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
