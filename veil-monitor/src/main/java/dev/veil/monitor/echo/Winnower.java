package dev.veil.monitor.echo;

/**
 * Builds k-word shingle hashes from a stream of word hashes and selects fingerprints by robust
 * winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): in every window of {@code w}
 * consecutive shingles the minimum hash is selected (the rightmost on ties), and each selected
 * position is reported once. Guarantee: any run of at least {@code w + k - 1} words shared by two
 * texts yields at least one common fingerprint. Used identically for documents and answers, so
 * both sides select the same fingerprints inside a shared run.
 */
final class Winnower {
    /** Receives a selected fingerprint and its shingle index. */
    @FunctionalInterface
    interface Sink {
        void fingerprint(long hash, int position);
    }

    private static final long P = 0x9E3779B97F4A7C15L;

    private final int k;
    private final int w;
    private final Sink sink;
    private final long[] words;
    private final long[] window;
    private int wordCount;
    private int shingleCount;
    private int lastSelected = -1;

    Winnower(int k, int w, Sink sink) {
        this.k = k;
        this.w = w;
        this.sink = sink;
        this.words = new long[k];
        this.window = new long[w];
    }

    void word(long h) {
        words[wordCount % k] = h;
        wordCount++;
        if (wordCount < k) {
            return;
        }
        long s = 0;
        for (int i = wordCount - k; i < wordCount; i++) {
            s = s * P + words[i % k];
        }
        window[shingleCount % w] = mix(s);
        shingleCount++;
        if (shingleCount >= w) {
            select(shingleCount - w, shingleCount);
        }
    }

    /** For texts with fewer than {@code w} shingles, selects their minimum so short texts still count. */
    void finish() {
        if (shingleCount > 0 && shingleCount < w) {
            select(0, shingleCount);
        }
    }

    private void select(int from, int to) {
        int best = from;
        long min = window[from % w];
        for (int i = from + 1; i < to; i++) {
            long v = window[i % w];
            if (Long.compareUnsigned(v, min) <= 0) {
                min = v;
                best = i;
            }
        }
        if (best != lastSelected) {
            lastSelected = best;
            sink.fingerprint(min, best);
        }
    }

    int words() {
        return wordCount;
    }

    /** splitmix64's finaliser: spreads the polynomial combination over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
