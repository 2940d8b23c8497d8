package dev.veil.detect.recognizers.names;

import java.util.Arrays;

/**
 * An immutable set of 64-bit word or phrase hashes ({@link NameTokens#hash}, {@link Places#phrase}),
 * built once and shared by all threads.
 *
 * <p>Why not a sorted array and {@code Arrays.binarySearch}: the passes after the tagger test most
 * tokens of a text against a dozen such lists, and a binary search costs seven to fifteen
 * unpredictable branches per test; it was the largest single cost of the names recognizer after
 * the tagger itself. Here a lookup is one multiply and, for a word not in the set (the usual
 * case), one probe of a table kept at most a quarter full, so it usually ends at an empty slot.
 */
final class WordSet {
    /** Open addressing with linear probing; 0 marks an empty slot (a zero hash is kept aside). */
    private final long[] slots;
    private final int shift;
    private final int mask;
    private final boolean hasZero;
    private final int size;

    private WordSet(long[] hashes) {
        long[] distinct = Arrays.stream(hashes).distinct().toArray();
        int cap = 8;
        while (cap < distinct.length * 4) {
            cap <<= 1;
        }
        slots = new long[cap];
        mask = cap - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cap);
        boolean zero = false;
        for (long h : distinct) {
            if (h == 0) {
                zero = true;
                continue;
            }
            int i = index(h);
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = h;
        }
        hasZero = zero;
        size = distinct.length;
    }

    /** The set of the hashes of the given one-token words. */
    static WordSet of(String... words) {
        long[] out = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            NameTokens t = new NameTokens(words[i]);
            if (t.size() != 1) {
                throw new IllegalStateException("not one word token: " + words[i]);
            }
            out[i] = t.hash(0);
        }
        return new WordSet(out);
    }

    /** The set of the given hashes. */
    static WordSet ofHashes(long[] hashes) {
        return new WordSet(hashes);
    }

    /** The set of the hashes of all the given sets. */
    static WordSet union(WordSet... sets) {
        java.util.stream.LongStream all = java.util.stream.LongStream.empty();
        for (WordSet w : sets) {
            all = java.util.stream.LongStream.concat(all, Arrays.stream(w.slots).filter(h -> h != 0));
            if (w.hasZero) {
                all = java.util.stream.LongStream.concat(all, java.util.stream.LongStream.of(0));
            }
        }
        return new WordSet(all.toArray());
    }

    /** Whether {@code h} is in the set. */
    boolean contains(long h) {
        if (h == 0) {
            return hasZero;
        }
        int i = index(h);
        long s;
        while ((s = slots[i]) != 0) {
            if (s == h) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Whether token {@code k} of {@code t} is a word whose hash is in the set. */
    boolean containsWord(NameTokens t, int k) {
        return t.isWord(k) && contains(t.hash(k));
    }

    int size() {
        return size;
    }

    /** Fibonacci hashing: the top bits of the product mix every bit of the FNV hash. */
    private int index(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> shift);
    }

    @Override
    public String toString() {
        return "WordSet[" + size + " hashes]";
    }
}
