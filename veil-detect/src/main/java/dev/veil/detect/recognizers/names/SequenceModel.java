package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import java.io.DataInputStream;
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
 * <p>Immutable and thread-safe once loaded. Weights live in an open-addressing table keyed by the
 * feature bucket, so the model holds only the features the training data touched.
 */
public final class SequenceModel {
    /** Entity types in label order: label {@code 1 + 2t} is B-type(t), {@code 2 + 2t} is I-type(t). */
    public static final EntityType[] TYPES = {
        EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.NRP, EntityType.TITLE
    };
    public static final int OUTSIDE = 0;
    public static final int LABELS = 1 + 2 * TYPES.length;

    private static final int MAGIC = 0x56454e4d; // "VENM"

    private final int bucketBits;
    private final int[] keys;
    private final int[] rowOf;
    private final float[] rows;
    private final float[] transitions;
    private final int mask;

    private SequenceModel(int bucketBits, int[] keys, int[] rowOf, float[] rows, float[] transitions) {
        this.bucketBits = bucketBits;
        this.keys = keys;
        this.rowOf = rowOf;
        this.rows = rows;
        this.transitions = transitions;
        this.mask = keys.length - 1;
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

    public int bucketBits() {
        return bucketBits;
    }

    /** Adds the weights of the given features to {@code out[off .. off + LABELS)}. */
    public void emissions(int[] feats, int n, float[] out, int off) {
        int bmask = (1 << bucketBits) - 1;
        for (int k = 0; k < n; k++) {
            int key = (feats[k] & bmask) + 1;
            int i = mix(key) & mask;
            while (true) {
                int kk = keys[i];
                if (kk == key) {
                    int r = rowOf[i];
                    for (int y = 0; y < LABELS; y++) {
                        out[off + y] += rows[r + y];
                    }
                    break;
                }
                if (kk == 0) {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
    }

    public float transition(int prev, int next) {
        return transitions[prev * LABELS + next];
    }

    /**
     * Labels every token: non-candidates are {@link #OUTSIDE}; each run of candidates is decoded
     * with Viterbi. {@code margins[i]} receives, for tokens labelled as an entity, how much their
     * emission score for that label exceeds the one for O.
     */
    public void tag(TokenFeatures tf, int[] labels, float[] margins) {
        int n = tf.size();
        int[] feats = new int[TokenFeatures.MAX_FEATURES];
        float[] em = new float[16 * LABELS];
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
            if (em.length < len * LABELS) {
                em = new float[len * LABELS * 2];
            }
            java.util.Arrays.fill(em, 0, len * LABELS, 0f);
            for (int k = 0; k < len; k++) {
                int nf = tf.features(a + k, feats);
                emissions(feats, nf, em, k * LABELS);
            }
            viterbi(em, len, transitions, labels, a);
            for (int k = 0; k < len; k++) {
                int y = labels[a + k];
                margins[a + k] = y == OUTSIDE ? 0 : em[k * LABELS + y] - em[k * LABELS];
            }
        }
    }

    /**
     * First-order Viterbi over {@code len} tokens whose emission scores are {@code em[k * LABELS + y]};
     * the sequence starts and ends next to O. Writes the best labels to {@code out[off ..]}.
     */
    public static void viterbi(float[] em, int len, float[] trans, int[] out, int off) {
        final int L = LABELS;
        float[] score = new float[len * L];
        int[] back = new int[len * L];
        for (int y = 0; y < L; y++) {
            score[y] = allowed(OUTSIDE, y) ? em[y] + trans[OUTSIDE * L + y] : Float.NEGATIVE_INFINITY;
        }
        for (int k = 1; k < len; k++) {
            int base = k * L;
            int prevBase = base - L;
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!allowed(p, y)) {
                        continue;
                    }
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

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    /**
     * Builds a model from dense weights {@code w[bucket * LABELS + y]}, keeping only buckets with a
     * weight of magnitude at least {@code minWeight}.
     */
    public static SequenceModel fromDense(int bucketBits, float[] w, float[] transitions, float minWeight) {
        int buckets = 1 << bucketBits;
        int kept = 0;
        for (int b = 0; b < buckets; b++) {
            if (significant(w, b, minWeight)) {
                kept++;
            }
        }
        int cap = Integer.highestOneBit(Math.max(16, kept * 2)) << 1;
        int[] keys = new int[cap];
        int[] rowOf = new int[cap];
        float[] rows = new float[kept * LABELS];
        int r = 0;
        for (int b = 0; b < buckets; b++) {
            if (!significant(w, b, minWeight)) {
                continue;
            }
            System.arraycopy(w, b * LABELS, rows, r, LABELS);
            insert(keys, rowOf, b + 1, r);
            r += LABELS;
        }
        return new SequenceModel(bucketBits, keys, rowOf, rows, transitions.clone());
    }

    private static boolean significant(float[] w, int b, float min) {
        for (int y = 0; y < LABELS; y++) {
            if (Math.abs(w[b * LABELS + y]) >= min) {
                return true;
            }
        }
        return false;
    }

    private static void insert(int[] keys, int[] rowOf, int key, int row) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        rowOf[i] = row;
    }

    public int features() {
        return rows.length / LABELS;
    }

    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(LABELS);
        out.writeInt(bucketBits);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        int kept = rows.length / LABELS;
        out.writeInt(kept);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) {
                continue;
            }
            out.writeInt(keys[i]);
            int r = rowOf[i];
            for (int y = 0; y < LABELS; y++) {
                // half precision: the weights are perceptron averages, 11 bits of mantissa are plenty
                out.writeShort(Float.floatToFloat16(rows[r + y]));
            }
        }
        out.flush();
    }

    public static SequenceModel read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readInt() != MAGIC || in.readInt() != LABELS) {
            throw new IOException("name model: bad header");
        }
        int bits = in.readInt();
        if (bits < 8 || bits > 28) {
            throw new IOException("name model: bad bucket size");
        }
        float[] trans = new float[LABELS * LABELS];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int kept = in.readInt();
        if (kept < 0 || kept > (1 << bits)) {
            throw new IOException("name model: bad feature count");
        }
        int cap = Integer.highestOneBit(Math.max(16, kept * 2)) << 1;
        int[] keys = new int[cap];
        int[] rowOf = new int[cap];
        float[] rows = new float[kept * LABELS];
        for (int k = 0; k < kept; k++) {
            int key = in.readInt();
            int r = k * LABELS;
            for (int y = 0; y < LABELS; y++) {
                rows[r + y] = Float.float16ToFloat(in.readShort());
            }
            insert(keys, rowOf, key, r);
        }
        return new SequenceModel(bits, keys, rowOf, rows, trans);
    }

    @Override
    public String toString() {
        return "SequenceModel[" + features() + " features, " + LABELS + " labels]";
    }
}
