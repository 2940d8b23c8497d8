package dev.veil.detect.recognizers;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.recognizers.finance.FinanceRecognizers;
import dev.veil.detect.recognizers.ids.IdRecognizers;
import dev.veil.detect.recognizers.medical.MedicalRecognizers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Development micro-benchmark (not a unit test; no timing is asserted anywhere): the identifier
 * recognizers (ids, finance, medical families) on ~500-char documents, entity-dense ones from
 * {@link IdentifierCorpus} and plain prose. Reports (1) the whole family through an analyzer, in
 * MB/s, and (2) each recognizer alone on documents whose shared {@link Text} indexes are already
 * built, as they are when the analyzer runs recognizers one after another. Times are this
 * thread's CPU time, best of several rounds, so other processes on a busy machine distort them
 * less. Run: {@code java -cp <test and main classes> dev.veil.detect.recognizers.IdentifierBenchMain [rounds]}.
 */
public final class IdentifierBenchMain {
    private static final String PROSE = "The committee met on a rainy afternoon to review the quarterly plan. "
            + "Several members raised concerns about the schedule, and the chair agreed to circulate a revised "
            + "draft before the next meeting. Patient resting comfortably, vital signs stable overnight. "
            + "Tolerating diet, ambulating with assistance. Family visited in the evening and asked about "
            + "discharge planning; social work will follow up. We shipped 3 fixes this week and the export job "
            + "no longer times out on large files. ";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IdentifierBenchMain() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Recognizer> family = new ArrayList<>();
        family.addAll(IdRecognizers.all());
        family.addAll(FinanceRecognizers.all());
        family.addAll(MedicalRecognizers.all());
        Analyzer.Builder b = Analyzer.builder().clearRecognizers();
        family.forEach(b::addRecognizer);
        Analyzer analyzer = b.build();

        List<String> dense = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (IdentifierCorpus.Doc d : IdentifierCorpus.generate(7, 6000)) {
            sb.append(d.text()).append(' ');
            if (sb.length() >= 450) {
                dense.add(sb.substring(0, Math.min(sb.length(), 560)));
                sb.setLength(0);
            }
        }
        List<String> prose = new ArrayList<>();
        for (int i = 0; i < dense.size(); i++) {
            int from = i % 40;
            prose.add((PROSE + PROSE).substring(from, from + 500));
        }
        for (var set : List.of(List.of("dense", dense), List.of("prose", prose))) {
            @SuppressWarnings("unchecked")
            List<String> docs = (List<String>) set.get(1);
            long bytes = 0;
            for (String d : docs) {
                bytes += d.getBytes(StandardCharsets.UTF_8).length;
            }
            long best = Long.MAX_VALUE;
            int found = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                found = 0;
                for (String d : docs) {
                    found += analyzer.analyze(d).size();
                }
                best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
            }
            System.out.printf("%s: %d docs, %.0f chars/doc, %d findings; analyzer with the %d identifier "
                    + "recognizers: %.1f MB/s, %.2f us/doc%n", set.get(0), docs.size(), bytes / (double) docs.size(),
                    found, family.size(), bytes / 1e6 / (best / 1e9), best / 1e3 / docs.size());
            perRecognizer(family, docs.subList(0, 64), rounds);
        }
    }

    private static void perRecognizer(List<Recognizer> family, List<String> docs, int rounds) {
        Text[] hot = new Text[docs.size()];
        for (int i = 0; i < hot.length; i++) {
            hot[i] = new Text(docs.get(i));
            hot[i].tokenCount();
            hot[i].hasDigit();
            hot[i].lower();
            if (hot[i].tokenCount() > 0) {
                hot[i].tokenHash(0);
            }
        }
        List<Finding> sink = new ArrayList<>();
        int reps = 300;
        double total = 0;
        for (Recognizer r : family) {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < rounds; round++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                for (int rep = 0; rep < reps; rep++) {
                    for (Text t : hot) {
                        sink.clear();
                        r.recognize(t, sink);
                    }
                }
                best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
            }
            double us = best / 1e3 / (reps * hot.length);
            total += us;
            System.out.printf("  %-24s %.3f us/doc%n", r.name(), us);
        }
        System.out.printf("  %-24s %.3f us/doc%n", "sum", total);
    }
}
