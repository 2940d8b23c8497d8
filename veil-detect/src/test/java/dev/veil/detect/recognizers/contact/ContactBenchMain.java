package dev.veil.detect.recognizers.contact;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development micro-benchmark (not a unit test: no timing is asserted anywhere): MB/s of each
 * contact recognizer, and of the whole family through the analyzer, on ~500-char documents of
 * two kinds: entity-dense ones from {@link ContactCorpus} and plain English prose. Each recognizer
 * row includes building the {@link Text} indexes, which the analyzer shares between recognizers;
 * the baseline row shows that shared cost.
 * Run: {@code java -cp ... dev.veil.detect.recognizers.contact.ContactBenchMain [seconds]}.
 */
public final class ContactBenchMain {
    private static final String[] PROSE = {
        "The committee met on a rainy afternoon to review the quarterly plan. Several members raised concerns "
            + "about the schedule, and the chair agreed to circulate a revised draft before the next meeting. ",
        "Patient resting comfortably, vital signs stable overnight. Tolerating diet, ambulating with assistance. "
            + "Family visited in the evening and asked about discharge planning; social work will follow up. ",
        "We shipped 3 fixes this week: the cache now expires correctly, the login page loads faster and the "
            + "export job no longer times out on large files. Thanks to everyone who reported the problems. ",
    };

    private ContactBenchMain() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        List<String> dense = ContactCorpus.generate(700, 7).stream().map(ContactCorpus.Doc::text).toList();
        List<String> prose = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            String p = PROSE[i % 3] + PROSE[(i + 1) % 3] + PROSE[(i + 2) % 3];
            prose.add(p.substring(0, 500));
        }
        for (var set : List.of(List.of("dense", dense), List.of("prose", prose))) {
            @SuppressWarnings("unchecked")
            List<String> docs = (List<String>) set.get(1);
            long bytes = docs.stream().mapToLong(String::length).sum();
            System.out.printf(Locale.ROOT, "== %s: %d docs, avg %d chars%n", set.get(0), docs.size(),
                    bytes / docs.size());
            report("baseline: Text+tokens", bytes, seconds, () -> {
                for (String d : docs) {
                    Text t = new Text(d);
                    t.tokenCount();
                    t.lower();
                    t.hasDigit();
                }
            });
            for (Recognizer r : ContactRecognizers.all()) {
                report(r.name(), bytes, seconds, () -> {
                    List<Finding> out = new ArrayList<>();
                    for (String d : docs) {
                        r.recognize(new Text(d), out);
                        out.clear();
                    }
                });
            }
            Analyzer.Builder b = Analyzer.builder().clearRecognizers();
            ContactRecognizers.all().forEach(b::addRecognizer);
            Analyzer a = b.build();
            report("ANALYZER(contact family)", bytes, seconds, () -> docs.forEach(a::analyze));
        }
    }

    private static void report(String name, long bytesPerRun, double seconds, Runnable run) {
        long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
        while (System.nanoTime() < warmEnd) {
            run.run();
        }
        long runs = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            run.run();
            runs++;
            now = System.nanoTime();
        } while (now < end);
        double mbps = bytesPerRun * runs / ((now - start) / 1e9) / 1e6;
        double usPerDoc = (now - start) / 1e3 / (runs * 700.0);
        System.out.printf(Locale.ROOT, "  %-26s %9.1f MB/s  %7.2f us/doc%n", name, mbps, usPerDoc);
    }
}
