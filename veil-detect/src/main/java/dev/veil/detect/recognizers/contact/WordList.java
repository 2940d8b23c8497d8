package dev.veil.detect.recognizers.contact;

import dev.veil.detect.Text;
import java.util.Locale;

/**
 * An immutable set of lower-case words that answers "is {@code text[start, end)} one of them?"
 * case-insensitively without allocating: recognizers ask it for many tokens per document, and a
 * substring plus a {@code HashSet} lookup per token would cost more than the rest of the work.
 * Open addressing over a hash of the lower-cased chars; collisions are checked with
 * {@code regionMatches} on {@link Text#lower()}.
 */
final class WordList {
    private final String[] table;
    /** Position in the constructor's argument list of the word in each table slot. */
    private final int[] ids;
    private final int mask;
    private final int maxLength;

    private WordList(String[] table, int[] ids, int maxLength) {
        this.table = table;
        this.ids = ids;
        this.mask = table.length - 1;
        this.maxLength = maxLength;
    }

    static WordList of(String... words) {
        int size = Integer.highestOneBit(Math.max(4, words.length * 4 - 1)) << 1;
        String[] table = new String[size];
        int[] ids = new int[size];
        int max = 0;
        for (int i = 0; i < words.length; i++) {
            String lw = words[i].toLowerCase(Locale.ROOT);
            max = Math.max(max, lw.length());
            int h = hash(lw, 0, lw.length()) & (size - 1);
            while (table[h] != null && !table[h].equals(lw)) {
                h = (h + 1) & (size - 1);
            }
            if (table[h] == null) {
                table[h] = lw;
                ids[h] = i;
            }
        }
        return new WordList(table, ids, max);
    }

    /** Whether {@code text[start, end)}, lower-cased, is in the list. */
    boolean contains(Text text, int start, int end) {
        return indexOf(text, start, end) >= 0;
    }

    /**
     * Position in {@link #of}'s arguments of the word {@code text[start, end)} (lower-cased; the
     * first position if it was given twice), or -1 if it is not in the list.
     */
    int indexOf(Text text, int start, int end) {
        int len = end - start;
        if (len <= 0 || len > maxLength) {
            return -1;
        }
        String lower = text.lower();
        return probe(lower, start, len, hash(lower, start, end));
    }

    /** The id of the word {@code lower[start, start + len)} whose spread hash is {@code hash}, or -1. */
    private int probe(String lower, int start, int len, int hash) {
        int h = hash & mask;
        String w;
        while ((w = table[h]) != null) {
            if (w.length() == len && lower.regionMatches(start, w, 0, len)) {
                return ids[h];
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    /** Whether word token {@code token} is in the list. */
    boolean containsToken(Text text, int token) {
        return indexOfToken(text, token) >= 0;
    }

    /**
     * As {@link #indexOf} for word token {@code token} (-1 if out of range): the token's hash is
     * the text's shared {@link Text#tokenHash}, the same function of the lower-cased chars, so the
     * word is not hashed again for every list it is looked up in.
     */
    int indexOfToken(Text text, int token) {
        if (token < 0 || token >= text.tokenCount()) {
            return -1;
        }
        int start = text.tokenStart(token);
        int len = text.tokenEnd(token) - start;
        if (len > maxLength) {
            return -1;
        }
        int th = text.tokenHash(token);
        return probe(text.lower(), start, len, th ^ (th >>> 16));
    }

    /** Whether {@code word} (any case) is in the list. */
    boolean contains(String word) {
        String lw = word.toLowerCase(Locale.ROOT);
        int h = hash(lw, 0, lw.length()) & mask;
        String w;
        while ((w = table[h]) != null) {
            if (w.equals(lw)) {
                return true;
            }
            h = (h + 1) & mask;
        }
        return false;
    }

    /** {@code String.hashCode} of the chars, spread: {@link #indexOfToken} relies on this being {@link Text#tokenHash} spread. */
    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
