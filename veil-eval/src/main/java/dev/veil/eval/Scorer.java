package dev.veil.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores predictions against gold documents exactly as the reference scorer
 * ({@code shared/tools/pii_eval.py}) does, so figures from Java and from the script agree:
 * <ul>
 *   <li><b>char</b>: type-blind P/R/F1/F2 over the non-space characters (Python {@code isspace}) that
 *       gold spans and predicted spans cover;
 *   <li><b>span</b>: type-aware; a gold span is found when a predicted span of the same family overlaps
 *       it with IoU &gt;= 0.5 or covers &gt;= 80% of it; a prediction is correct under the same rule
 *       with the roles swapped;
 *   <li><b>leak rate</b>: share of gold spans less than half of whose non-space chars any prediction covers.
 * </ul>
 * Predicted spans outside {@code 0 <= start < end <= text.length()} are ignored; gold spans are
 * taken as given. Offsets are UTF-16 indices (the script counts code points; the two agree unless a
 * text holds characters outside the Basic Multilingual Plane).
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * @param gold        gold documents; their span types are canonicalised here
     * @param predictions predicted spans by document id; a document without an entry counts as
     *                    missing and is scored with no predictions
     */
    public static Report score(List<LabeledDoc> gold, Map<String, List<Span>> predictions) {
        long ctp = 0, cfp = 0, cfn = 0;
        Map<String, long[]> counts = new HashMap<>(); // type -> {gold, tp, fn, fp, leaks}
        int missing = 0;
        for (LabeledDoc doc : gold) {
            List<Span> raw = predictions.get(doc.id());
            if (raw == null) {
                missing++;
                raw = List.of();
            }
            String text = doc.text();
            int n = text.length();
            List<Span> ps = new ArrayList<>(raw.size());
            for (Span p : raw) {
                if (0 <= p.start() && p.start() < p.end() && p.end() <= n) {
                    ps.add(new Span(p.start(), p.end(), TypeNames.canon(p.type())));
                }
            }
            List<Span> gs = new ArrayList<>(doc.spans().size());
            for (Span g : doc.spans()) {
                gs.add(new Span(g.start(), g.end(), TypeNames.canon(g.type())));
            }
            boolean[] gch = cover(text, gs);
            boolean[] pch = cover(text, ps);
            for (int i = 0; i < n; i++) {
                if (gch[i] && pch[i]) {
                    ctp++;
                } else if (pch[i]) {
                    cfp++;
                } else if (gch[i]) {
                    cfn++;
                }
            }
            for (Span g : gs) {
                long[] c = counts.computeIfAbsent(g.type(), k -> new long[5]);
                c[0]++;
                c[matchesAny(g, ps) ? 1 : 2]++;
                int nonSpace = 0;
                int covered = 0;
                for (int i = Math.max(0, g.start()), e = Math.min(n, g.end()); i < e; i++) {
                    if (!TypeNames.isPythonSpace(text.charAt(i))) {
                        nonSpace++;
                        if (pch[i]) {
                            covered++;
                        }
                    }
                }
                if (nonSpace > 0 && (double) covered / nonSpace < 0.5) {
                    c[4]++;
                }
            }
            for (Span p : ps) {
                if (!matchesAny(p, gs)) {
                    counts.computeIfAbsent(p.type(), k -> new long[5])[3]++;
                }
            }
        }
        long tp = 0, fp = 0, fn = 0, leaks = 0, golds = 0;
        Map<String, TypeScore> per = new HashMap<>();
        for (String t : new TreeSet<>(counts.keySet())) {
            long[] c = counts.get(t);
            tp += c[1];
            fn += c[2];
            fp += c[3];
            leaks += c[4];
            golds += c[0];
            Double leak = c[0] > 0 ? (double) c[4] / c[0] : null;
            per.put(t, new TypeScore(t, c[0], c[1], c[3], c[2], Prf.of(c[1], c[3], c[2]), leak));
        }
        double leakRate = (double) leaks / Math.max(1, golds);
        return new Report(gold.size(), missing, Prf.of(ctp, cfp, cfn), Prf.of(tp, fp, fn), leakRate, per);
    }

    /** Non-space characters of {@code text} covered by any of {@code spans} (clamped to the text). */
    private static boolean[] cover(String text, List<Span> spans) {
        boolean[] out = new boolean[text.length()];
        for (Span s : spans) {
            for (int i = Math.max(0, s.start()), e = Math.min(text.length(), s.end()); i < e; i++) {
                if (!TypeNames.isPythonSpace(text.charAt(i))) {
                    out[i] = true;
                }
            }
        }
        return out;
    }

    /** The script's {@code match(x, ys)}: same family and IoU >= 0.5, or >= 80% of x covered. */
    static boolean matchesAny(Span x, List<Span> ys) {
        String fx = TypeNames.family(x.type());
        for (Span y : ys) {
            if (!TypeNames.family(y.type()).equals(fx)) {
                continue;
            }
            int inter = Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            if (inter == 0) {
                continue;
            }
            int union = Math.max(x.end(), y.end()) - Math.min(x.start(), y.start());
            if ((double) inter / union >= 0.5 || (double) inter / (x.end() - x.start()) >= 0.8) {
                return true;
            }
        }
        return false;
    }
}
