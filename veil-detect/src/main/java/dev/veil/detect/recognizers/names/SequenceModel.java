package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The name tagger: a linear-chain model over BIO labels (averaged structured perceptron, trained by
 * the build) with hashed features from {@link TokenFeatures}. Decoding is Viterbi over each run of
 * candidate tokens; every other token is "outside", which is the same as decoding the whole text
 * with non-candidates forced to O.
 *
 * <p>Immutable and thread-safe once loaded. Weights are 16-bit fixed point. Only buckets with a
 * non-zero row are stored, packed one after the other; a presence bitset over all buckets (8 KB,
 * stays in L1) with a rank per 64 buckets finds a feature's row, so a feature that the model does
 * not know costs no memory access beyond the bitset, and the rows that are read stay a compact
 * few hundred kilobytes instead of a table over every bucket.
 */
public final class SequenceModel {
    /** Entity types in label order: label {@code 1 + 2t} is B-type(t), {@code 2 + 2t} is I-type(t). */
    public static final EntityType[] TYPES = {
        EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.NRP, EntityType.TITLE
    };
    public static final int OUTSIDE = 0;
    public static final int LABELS = 1 + 2 * TYPES.length;

    private static final int MAGIC = 0x56454e44; // "VEND"
    /** Fixed-point scale of the stored weights: w = stored / SCALE. */
    static final float SCALE = 64f;
    /** Shorts per stored row: one weight per label, padded to 12. */
    static final int STRIDE = 12;

    private final int bucketBits;
    private final int bucketMask;
    /** Bit b set when bucket b has a stored row. */
    private final long[] present;
    /** Rows stored before each 64-bucket word of {@link #present}. */
    private final int[] rank;
    /** The stored rows, in bucket order, {@link #STRIDE} shorts each. */
    private final short[] rows;
    private final float[] transitions;

    private SequenceModel(int bucketBits, long[] present, short[] rows, float[] transitions) {
        this.bucketBits = bucketBits;
        this.bucketMask = (1 << bucketBits) - 1;
        this.present = present;
        this.rows = rows;
        this.transitions = transitions;
        this.rank = new int[present.length];
        int r = 0;
        for (int w = 0; w < present.length; w++) {
            rank[w] = r;
            r += Long.bitCount(present[w]);
        }
    }

    /** Packs a dense bucket table ({@link #STRIDE} shorts per bucket) keeping the non-zero rows. */
    private static SequenceModel pack(int bucketBits, short[] dense, float[] transitions) {
        int buckets = 1 << bucketBits;
        long[] present = new long[Math.max(1, buckets >> 6)];
        int kept = 0;
        for (int b = 0; b < buckets; b++) {
            if (!zeroRow(dense, b)) {
                present[b >> 6] |= 1L << b;
                kept++;
            }
        }
        short[] rows = new short[kept * STRIDE];
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            if (!zeroRow(dense, b)) {
                System.arraycopy(dense, b * STRIDE, rows, k * STRIDE, STRIDE);
                k++;
            }
        }
        return new SequenceModel(bucketBits, present, rows, transitions);
    }

    private static boolean zeroRow(short[] dense, int b) {
        for (int y = 0; y < LABELS; y++) {
            if (dense[b * STRIDE + y] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Offset in {@link #rows} of the row of {@code feature}'s bucket, or -1 if it has none. */
    private int rowOf(int feature) {
        int b = feature & bucketMask;
        long word = present[b >>> 6];
        long bit = 1L << b;
        if ((word & bit) == 0) {
            return -1;
        }
        return (rank[b >>> 6] + Long.bitCount(word & (bit - 1))) * STRIDE;
    }

    public static boolean isBegin(int label) {
        return label != OUTSIDE && (label & 1) == 1;
    }

    public static int typeIndex(int label) {
        return (label - 1) >> 1;
    }

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static int inside(int type) {
        return 2 + 2 * type;
    }

    /** Whether {@code next} may follow {@code prev}: an I-label only continues its own type. */
    public static boolean allowed(int prev, int next) {
        if (next == OUTSIDE || isBegin(next)) {
            return true;
        }
        return prev != OUTSIDE && typeIndex(prev) == typeIndex(next);
    }

    /** For each label, the labels that may precede it (the Viterbi inner loop runs over these only). */
    private static final int[][] PREDECESSORS = new int[LABELS][];

    static {
        for (int y = 0; y < LABELS; y++) {
            int[] ps = new int[LABELS];
            int n = 0;
            for (int p = 0; p < LABELS; p++) {
                if (allowed(p, y)) {
                    ps[n++] = p;
                }
            }
            PREDECESSORS[y] = java.util.Arrays.copyOf(ps, n);
        }
    }

    public int bucketBits() {
        return bucketBits;
    }

    /**
     * Adds the stored (fixed-point) weights of the given features to {@code out[off .. off + LABELS)};
     * multiply by {@code 1 / SCALE} for perceptron units (as {@link #tag} does).
     */
    public void emissions(int[] feats, int n, float[] out, int off) {
        int[] acc = new int[STRIDE];
        accumulate(feats, n, acc);
        for (int y = 0; y < LABELS; y++) {
            out[off + y] += acc[y];
        }
    }

    /** Sums the rows of the given features into {@code acc} (length {@link #STRIDE}), lane by lane. */
    private void accumulate(int[] feats, int n, int[] acc) {
        short[] t = rows;
        for (int k = 0; k < n; k++) {
            int base = rowOf(feats[k]);
            if (base < 0) {
                continue;
            }
            for (int y = 0; y < STRIDE; y++) {
                acc[y] += t[base + y];
            }
        }
    }

    public float transition(int prev, int next) {
        return transitions[prev * LABELS + next];
    }

    /**
     * Labels every token: non-candidates are {@link #OUTSIDE}; each run of candidates is decoded
     * with Viterbi. {@code margins[i]} receives, for tokens labelled as an entity, how much their
     * emission score for that label exceeds the one for O. {@code work} holds the scratch arrays
     * (one per thread).
     */
    void tag(TokenFeatures tf, int[] labels, float[] margins, Work work) {
        int n = tf.size();
        int[] feats = work.feats;
        int[] acc = work.acc;
        int i = 0;
        while (i < n) {
            if (!tf.candidate(i)) {
                labels[i] = OUTSIDE;
                margins[i] = 0;
                i++;
                continue;
            }
            int a = i;
            while (i < n && tf.candidate(i)) {
                i++;
            }
            int len = i - a;
            work.ensure(len);
            float[] em = work.em;
            for (int k = 0; k < len; k++) {
                int nf = tf.features(a + k, feats);
                java.util.Arrays.fill(acc, 0);
                accumulate(feats, nf, acc);
                for (int y = 0; y < LABELS; y++) {
                    em[k * LABELS + y] = acc[y] * (1f / SCALE);
                }
            }
            if (len == 1) {
                labels[a] = single(em, transitions);
            } else {
                viterbi(em, len, transitions, labels, a, work.score, work.back);
            }
            for (int k = 0; k < len; k++) {
                int y = labels[a + k];
                margins[a + k] = y == OUTSIDE ? 0 : em[k * LABELS + y] - em[k * LABELS];
            }
        }
    }

    /** Scratch arrays of {@link #tag}: kept per thread so tagging allocates nothing per text. */
    static final class Work {
        final int[] feats = new int[TokenFeatures.MAX_FEATURES];
        final int[] acc = new int[STRIDE];
        float[] em = new float[16 * LABELS];
        float[] score = new float[16 * LABELS];
        int[] back = new int[16 * LABELS];

        void ensure(int len) {
            if (em.length < len * LABELS) {
                em = new float[len * LABELS * 2];
                score = new float[len * LABELS * 2];
                back = new int[len * LABELS * 2];
            }
        }
    }

    /** The best label of a one-token run: O or a B-label, between two O's. */
    private static int single(float[] em, float[] trans) {
        int best = OUTSIDE;
        float bestScore = em[OUTSIDE] + trans[OUTSIDE * LABELS + OUTSIDE] + trans[OUTSIDE * LABELS + OUTSIDE];
        for (int t = 0; t < TYPES.length; t++) {
            int y = begin(t);
            float s = em[y] + trans[OUTSIDE * LABELS + y] + trans[y * LABELS + OUTSIDE];
            if (s > bestScore) {
                bestScore = s;
                best = y;
            }
        }
        return best;
    }

    /** As {@link #viterbi(float[], int, float[], int[], int, float[], int[])} with fresh work arrays. */
    public static void viterbi(float[] em, int len, float[] trans, int[] out, int off) {
        viterbi(em, len, trans, out, off, new float[len * LABELS], new int[len * LABELS]);
    }

    /**
     * First-order Viterbi over {@code len} tokens whose emission scores are {@code em[k * LABELS + y]};
     * the sequence starts and ends next to O. Writes the best labels to {@code out[off ..]};
     * {@code score} and {@code back} are work arrays of at least {@code len * LABELS}.
     */
    public static void viterbi(float[] em, int len, float[] trans, int[] out, int off, float[] score, int[] back) {
        final int L = LABELS;
        for (int y = 0; y < L; y++) {
            score[y] = allowed(OUTSIDE, y) ? em[y] + trans[OUTSIDE * L + y] : Float.NEGATIVE_INFINITY;
        }
        for (int k = 1; k < len; k++) {
            int base = k * L;
            int prevBase = base - L;
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : PREDECESSORS[y]) {
                    float s = score[prevBase + p] + trans[p * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[base + y] = best + em[base + y];
                back[base + y] = arg;
            }
        }
        int last = (len - 1) * L;
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int y = 0; y < L; y++) {
            float s = score[last + y] + trans[y * L + OUTSIDE];
            if (s > best) {
                best = s;
                arg = y;
            }
        }
        for (int k = len - 1; k >= 0; k--) {
            out[off + k] = arg;
            arg = back[k * L + arg];
        }
    }

    /**
     * Builds a model from dense weights {@code w[bucket * LABELS + y]}, zeroing buckets whose
     * weights are all smaller than {@code minWeight} in magnitude.
     */
    public static SequenceModel fromDense(int bucketBits, float[] w, float[] transitions, float minWeight) {
        int buckets = 1 << bucketBits;
        short[] table = new short[buckets * STRIDE];
        for (int b = 0; b < buckets; b++) {
            if (!significant(w, b, minWeight)) {
                continue;
            }
            for (int y = 0; y < LABELS; y++) {
                table[b * STRIDE + y] = quantize(w[b * LABELS + y]);
            }
        }
        return pack(bucketBits, table, transitions.clone());
    }

    private static short quantize(float v) {
        return (short) Math.max(Short.MIN_VALUE + 1, Math.min(Short.MAX_VALUE, Math.round(v * SCALE)));
    }

    private static boolean significant(float[] w, int b, float min) {
        for (int y = 0; y < LABELS; y++) {
            if (Math.abs(w[b * LABELS + y]) >= min) {
                return true;
            }
        }
        return false;
    }

    /** Buckets with a non-zero row. */
    public int features() {
        return rows.length / STRIDE;
    }

    /** Writes the non-zero rows only (bucket index, then the row). */
    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(LABELS);
        out.writeInt(bucketBits);
        out.writeInt(features());
        for (float t : transitions) {
            out.writeFloat(t);
        }
        int buckets = 1 << bucketBits;
        for (int b = 0; b < buckets; b++) {
            int base = rowOf(b);
            if (base < 0) {
                continue;
            }
            out.writeInt(b);
            for (int y = 0; y < LABELS; y++) {
                out.writeShort(rows[base + y]);
            }
        }
        out.writeInt(-1);
        out.flush();
    }

    public static SequenceModel read(InputStream is) throws IOException {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(is.readAllBytes());
        try {
            if (in.getInt() != MAGIC || in.getInt() != LABELS) {
                throw new IOException("name model: bad header");
            }
            int bits = in.getInt();
            int features = in.getInt();
            if (bits < 8 || bits > 24 || features < 0 || features > (1 << bits)) {
                throw new IOException("name model: bad sizes");
            }
            float[] trans = new float[LABELS * LABELS];
            for (int i = 0; i < trans.length; i++) {
                trans[i] = in.getFloat();
            }
            int buckets = 1 << bits;
            short[] table = new short[buckets * STRIDE];
            int rows = 0;
            for (int b = in.getInt(); b != -1; b = in.getInt()) {
                if (b < 0 || b >= buckets || ++rows > features) {
                    throw new IOException("name model: bad row");
                }
                for (int y = 0; y < LABELS; y++) {
                    table[b * STRIDE + y] = in.getShort();
                }
            }
            return pack(bits, table, trans);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("name model: truncated", e);
        }
    }

    @Override
    public String toString() {
        return "SequenceModel[" + features() + " features, " + LABELS + " labels]";
    }
}
