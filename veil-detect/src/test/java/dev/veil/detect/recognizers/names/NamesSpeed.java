package dev.veil.detect.recognizers.names;

import dev.veil.core.Finding;
import dev.veil.detect.Text;
import dev.veil.detect.recognizers.names.build.CorpusEngine;
import dev.veil.detect.recognizers.names.build.LabeledDoc;
import dev.veil.detect.recognizers.names.build.Slots;
import dev.veil.detect.recognizers.names.build.ValuePools;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Quick throughput check of the names recognizer (a developer tool, not a test; the project's JMH
 * benchmarks live in veil-bench): cold start-up, then MB/s on ~500-char English documents built
 * from the held-out templates.
 */
public final class NamesSpeed {
    /** Thread CPU time, so that other processes on a shared machine do not distort the figure. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private NamesSpeed() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        NamedEntityRecognizer r = new NamedEntityRecognizer();
        List<Finding> warm = new ArrayList<>();
        r.recognize(new Text("Dr. Ana Lopez saw the patient in Boston."), warm);
        long t1 = System.nanoTime();
        System.out.printf("start-up (load lexicon + model, first call): %.0f ms%n", (t1 - t0) / 1e6);

        SplittableRandom rnd = new SplittableRandom(11);
        CorpusEngine engine = new CorpusEngine(new Slots(new ValuePools(), rnd, true), rnd, 0.0, 0.0, 0.0);
        List<String> docs = new ArrayList<>();
        long chars = 0;
        for (int d = 0; d < 2000; d++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 500) {
                LabeledDoc doc = engine.render(HeldOutTemplates.ALL.get(rnd.nextInt(HeldOutTemplates.ALL.size())));
                sb.append(doc.text()).append(' ');
            }
            docs.add(sb.toString());
            chars += sb.length();
        }
        long toks = 0;
        long cands = 0;
        long feats = 0;
        int[] buf = new int[TokenFeatures.MAX_FEATURES];
        for (String doc : docs) {
            TokenFeatures tf = new TokenFeatures(new NameTokens(doc), NamedEntityRecognizer.builtInLexicon());
            toks += tf.size();
            for (int i = 0; i < tf.size(); i++) {
                if (tf.candidate(i)) {
                    cands++;
                    feats += tf.features(i, buf);
                }
            }
        }
        System.out.printf("per doc: %.1f tokens, %.1f candidates, %.1f features per candidate%n",
                toks / (double) docs.size(), cands / (double) docs.size(), feats / (double) Math.max(1, cands));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Finding> out = new ArrayList<>();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long s = CPU.getCurrentThreadCpuTime();
            for (String doc : docs) {
                out.clear();
                r.recognize(new Text(doc), out);
                sink += out.size();
            }
            long e = CPU.getCurrentThreadCpuTime();
            double sec = (e - s) / 1e9;
            System.out.printf("round %d: %.1f MB/s, %.1f us/doc CPU time (avg %d chars)%n", round, chars * 2 / 1e6 / sec / 2,
                    sec * 1e6 / docs.size(), chars / docs.size());
        }
        // calibration on a shared machine: the cost of one cheap linear pass over the same documents
        long s = CPU.getCurrentThreadCpuTime();
        for (int round = 0; round < 5; round++) {
            for (String doc : docs) {
                sink += new Text(doc).tokenCount();
            }
        }
        long e = CPU.getCurrentThreadCpuTime();
        System.out.printf("calibration (Text word tokens only): %.2f us/doc%n", (e - s) / 1e3 / 5 / docs.size());
        // the whole analyzer, with and without this recognizer, for scale
        dev.veil.detect.Analyzer all = dev.veil.detect.Analyzer.defaults();
        dev.veil.detect.Analyzer others = dev.veil.detect.Analyzer.builder().removeRecognizer("names").build();
        for (int round = 0; round < 6; round++) {
            for (dev.veil.detect.Analyzer a : List.of(all, others)) {
                long s2 = CPU.getCurrentThreadCpuTime();
                for (String doc : docs) {
                    sink += a.analyze(doc).size();
                }
                long e2 = CPU.getCurrentThreadCpuTime();
                System.out.printf("analyzer %s: %.1f us/doc%n", a == all ? "all recognizers" : "without names",
                        (e2 - s2) / 1e3 / docs.size());
            }
        }
        System.out.println("findings " + sink);
    }
}
