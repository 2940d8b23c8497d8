package dev.veil.detect;

/**
 * The tokens of one {@link Text} by their lower-case hash ({@link Text#tokenHash}), for label
 * look-ups ({@link Cues}): every token whose text is a given word, in text order, without scanning
 * all tokens. Built once per text on first use and kept with it. Not thread-safe (as {@link Text}).
 */
final class TokensByHash {
    private static final Object KEY = new Object();

    private final Text text;
    /** Bucket heads and per-token links (token index + 1; 0 ends a chain). */
    private final int[] buckets;
    private final int[] next;

    private TokensByHash(Text text) {
        this.text = text;
        int n = text.tokenCount();
        int size = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
        int[] heads = new int[size];
        int[] links = new int[n];
        // inserted back to front, so each chain lists its tokens in text order
        for (int t = n - 1; t >= 0; t--) {
            int b = spread(text.tokenHash(t)) & (size - 1);
            links[t] = heads[b];
            heads[b] = t + 1;
        }
        this.buckets = heads;
        this.next = links;
    }

    /** The index of {@code text}, built on first use. */
    static TokensByHash of(Text text) {
        TokensByHash index = text.derived(KEY, TokensByHash.class);
        if (index == null) {
            index = new TokensByHash(text);
            text.putDerived(KEY, index);
        }
        return index;
    }

    /** The first token (in text order) whose {@link Text#tokenHash} is {@code hash}, or -1. */
    int first(int hash) {
        return sameHash(buckets[spread(hash) & (buckets.length - 1)] - 1, hash);
    }

    /** The next token after {@code token} whose hash is {@code hash}, or -1. */
    int next(int token, int hash) {
        return sameHash(next[token] - 1, hash);
    }

    private int sameHash(int t, int hash) {
        while (t >= 0 && text.tokenHash(t) != hash) {
            t = next[t] - 1;
        }
        return t;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
