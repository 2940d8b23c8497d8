package dev.veil.eval;

import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.recognizers.BuiltInRecognizers;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where the analyzer's time goes: each built-in recognizer alone in an otherwise empty analyzer
 * (so context and conflict stages are included, the shared {@code Text} indexes are not shared),
 * plus an empty analyzer for the fixed cost. Reports CPU time of the measuring thread, which other
 * processes on the machine do not inflate. Each configuration is run once to warm up, then timed.
 */
final class RecognizerProfile {
    private RecognizerProfile() {
    }

    record Row(String name, double usPerDoc, double mbPerCpuSecond) {
    }

    static List<Row> measure(List<LabeledDoc> docs) {
        long bytes = 0;
        for (LabeledDoc d : docs) {
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        List<Row> rows = new ArrayList<>();
        rows.add(time("(empty analyzer)", Analyzer.builder().clearRecognizers().build(), docs, bytes));
        for (Recognizer r : BuiltInRecognizers.all()) {
            rows.add(time(r.name(), Analyzer.builder().clearRecognizers().addRecognizer(r).build(), docs, bytes));
        }
        rows.add(time("(all: Analyzer.defaults())", Analyzer.defaults(), docs, bytes));
        return rows;
    }

    private static Row time(String name, Analyzer a, List<LabeledDoc> docs, long bytes) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 2; pass++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (LabeledDoc d : docs) {
                a.analyze(d.text());
            }
            best = Math.min(best, mx.getCurrentThreadCpuTime() - c0);
        }
        double secs = Math.max(best, 1) / 1e9;
        return new Row(name, secs * 1e6 / docs.size(), bytes / 1e6 / secs);
    }

    static void print(PrintStream out, List<Row> rows) {
        out.println();
        out.printf(Locale.ROOT, "%-34s%12s%16s%n", "recognizer (alone)", "us/doc", "MB per CPU-s");
        rows.stream().sorted(Comparator.comparingDouble(Row::usPerDoc).reversed())
                .forEach(r -> out.printf(Locale.ROOT, "%-34s%12.2f%16.1f%n", r.name(), r.usPerDoc(), r.mbPerCpuSecond()));
    }
}
