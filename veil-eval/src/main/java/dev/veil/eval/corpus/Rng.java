package dev.veil.eval.corpus;

import java.util.List;
import java.util.Random;

/**
 * The generator's single source of randomness: every choice goes through one seeded
 * {@link Random}, shared with Datafaker, so a seed fixes the whole corpus.
 */
public final class Rng {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private final Random random;

    public Rng(long seed) {
        this.random = new Random(seed);
    }

    /** The underlying generator, for Datafaker (which needs a {@code java.util.Random}). */
    Random random() {
        return random;
    }

    public int between(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(c);
    }

    /** {@code n} characters drawn from {@code alphabet}. */
    public String chars(String alphabet, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(c);
    }

    public String alnum(int n) {
        return chars(ALNUM, n);
    }

    public String hex(int n) {
        return chars("0123456789abcdef", n);
    }

    public byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
