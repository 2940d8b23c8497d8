package dev.veil.detect.recognizers.names.build;

import dev.veil.detect.recognizers.names.Lexicon;
import dev.veil.detect.recognizers.names.NameTokens;
import dev.veil.detect.recognizers.names.SequenceModel;
import dev.veil.detect.recognizers.names.TokenFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Averaged structured perceptron (Collins 2002) over the same candidate runs and features the
 * runtime tagger decodes, so training and tagging cannot drift apart. Weights are dense during
 * training (2^bits buckets x labels) and exported sparse by {@link SequenceModel#fromDense}.
 *
 * <p>Feature dropout: for tokens inside gold entities the word identity and lexicon classes are
 * sometimes hidden, so the model also learns to find names it has never seen from shape, affixes
 * and context ("grew up in ...", "Dr. ...").
 */
final class PerceptronTrainer {
    private static final int L = SequenceModel.LABELS;

    private final int bits;
    private final float[] w;
    private final double[] u;
    private final float[] tw = new float[L * L];
    private final double[] tu = new double[L * L];
    private long c = 1;
    private final double dropWord;
    private final double dropClasses;

    /** Tokens inside gold entities that the candidate gate let through / kept out (diagnostics). */
    long goldTokensCandidate;
    long goldTokensGated;

    PerceptronTrainer(int bits, double dropWord, double dropClasses) {
        this.bits = bits;
        this.w = new float[(1 << bits) * L];
        this.u = new double[(1 << bits) * L];
        this.dropWord = dropWord;
        this.dropClasses = dropClasses;
    }

    /** Prepared training instance: one candidate run of one document. */
    private record Segment(int[][] feats, int[] nfeat, int[] gold) {
    }

    void train(List<LabeledDoc> docs, Lexicon lexicon, int epochs, RandomGenerator rnd) {
        for (int epoch = 0; epoch < epochs; epoch++) {
            List<Segment> segments = new ArrayList<>();
            for (LabeledDoc d : docs) {
                prepare(d, lexicon, rnd, segments, epoch == 0);
            }
            shuffle(segments, rnd);
            int errors = 0;
            for (Segment s : segments) {
                if (update(s)) {
                    errors++;
                }
            }
            System.out.printf("  epoch %d: %d segments, %d with errors%n", epoch + 1, segments.size(), errors);
        }
    }

    private void prepare(LabeledDoc d, Lexicon lexicon, RandomGenerator rnd, List<Segment> out, boolean count) {
        NameTokens t = new NameTokens(false).reset(d.text());
        TokenFeatures tf = new TokenFeatures(t, lexicon);
        int n = t.size();
        int[] gold = new int[n];
        for (LabeledDoc.Span sp : d.spans()) {
            boolean first = true;
            for (int i = 0; i < n; i++) {
                if (t.end(i) <= sp.start() || t.start(i) >= sp.end()) {
                    continue;
                }
                gold[i] = first ? SequenceModel.begin(sp.type()) : SequenceModel.inside(sp.type());
                first = false;
            }
        }
        int i = 0;
        while (i < n) {
            if (!tf.candidate(i)) {
                if (count && gold[i] != SequenceModel.OUTSIDE && t.isWord(i)) {
                    goldTokensGated++;
                }
                i++;
                continue;
            }
            int a = i;
            while (i < n && tf.candidate(i)) {
                i++;
            }
            int len = i - a;
            int[][] feats = new int[len][TokenFeatures.MAX_FEATURES];
            int[] nf = new int[len];
            int[] g = new int[len];
            for (int k = 0; k < len; k++) {
                int y = gold[a + k];
                if (k == 0 && y != SequenceModel.OUTSIDE && !SequenceModel.isBegin(y)) {
                    y = SequenceModel.begin(SequenceModel.typeIndex(y));
                }
                g[k] = y;
                boolean entity = y != SequenceModel.OUTSIDE;
                if (count && entity && t.isWord(a + k)) {
                    goldTokensCandidate++;
                }
                boolean dw = entity && rnd.nextDouble() < dropWord;
                boolean dc = entity && rnd.nextDouble() < dropClasses;
                nf[k] = tf.features(a + k, feats[k], dw, dc);
            }
            out.add(new Segment(feats, nf, g));
        }
    }

    private boolean update(Segment s) {
        int len = s.gold().length;
        int mask = (1 << bits) - 1;
        float[] em = new float[len * L];
        for (int k = 0; k < len; k++) {
            int[] f = s.feats()[k];
            for (int j = 0; j < s.nfeat()[k]; j++) {
                int base = (f[j] & mask) * L;
                for (int y = 0; y < L; y++) {
                    em[k * L + y] += w[base + y];
                }
            }
        }
        int[] pred = new int[len];
        SequenceModel.viterbi(em, len, tw, pred, 0);
        boolean wrong = false;
        for (int k = 0; k < len; k++) {
            if (pred[k] != s.gold()[k]) {
                wrong = true;
                break;
            }
        }
        if (wrong) {
            for (int k = 0; k < len; k++) {
                int gy = s.gold()[k];
                int py = pred[k];
                if (gy != py) {
                    int[] f = s.feats()[k];
                    for (int j = 0; j < s.nfeat()[k]; j++) {
                        int base = (f[j] & mask) * L;
                        bump(w, u, base + gy, 1);
                        bump(w, u, base + py, -1);
                    }
                }
                int gp = k == 0 ? SequenceModel.OUTSIDE : s.gold()[k - 1];
                int pp = k == 0 ? SequenceModel.OUTSIDE : pred[k - 1];
                bump(tw, tu, gp * L + gy, 1);
                bump(tw, tu, pp * L + py, -1);
            }
            bump(tw, tu, s.gold()[len - 1] * L + SequenceModel.OUTSIDE, 1);
            bump(tw, tu, pred[len - 1] * L + SequenceModel.OUTSIDE, -1);
        }
        c++;
        return wrong;
    }

    private void bump(float[] weights, double[] acc, int i, int delta) {
        weights[i] += delta;
        acc[i] += (double) c * delta;
    }

    /** The averaged model. */
    SequenceModel model(float minWeight) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        float[] tavg = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            tavg[i] = (float) (tw[i] - tu[i] / c);
        }
        return SequenceModel.fromDense(bits, avg, tavg, minWeight);
    }

    private static <T> void shuffle(List<T> list, RandomGenerator rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
