package dev.veil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.core.Preset;
import dev.veil.detect.Analyzer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores predictions against a gold set with the reference scorer's metrics.
 *
 * <pre>
 * Evaluate --gold corpus.jsonl --pred pred.jsonl
 * Evaluate --gold presidio:../shared/eval/pii/presidio-dev.json --analyzer [--preset hipaa]
 * Evaluate --gold g.jsonl --pred peer.jsonl --peer-types ../shared/peers/pii/types.json:redact-pii --coarse
 * </pre>
 * Exit code 0 on success, 2 on bad input.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score detections against labelled data (same metrics as shared/tools/pii_eval.py).")
public final class Evaluate implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "SPEC",
            description = "Gold set: FILE.jsonl, presidio:FILE.json or physionet:DIR.")
    String gold;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--pred", paramLabel = "FILE", description = "Predictions, one {\"id\",\"spans\"} per line.")
        Path pred;

        @Option(names = "--analyzer", description = "Run the default analyzer in-process on the gold texts.")
        boolean analyzer;
    }

    @Option(names = "--preset", description = "With --analyzer: restrict to a preset (hipaa, pci, gdpr, glba, secrets, all).")
    String preset;

    @Option(names = "--min-score", description = "With --analyzer: score threshold (default: the analyzer's).")
    Double minScore;

    @Option(names = "--pred-out", paramLabel = "FILE", description = "With --analyzer: also write its predictions as JSONL.")
    Path predOut;

    @Option(names = "--peer-types", paramLabel = "TYPES.json:ADAPTER",
            description = "Map prediction labels through a peer harness types.json before canonicalisation.")
    String peerTypes;

    @Option(names = "--coarse", description = "Compare on the peer harness's coarse types (SECRET, NATIONAL_ID, ...).")
    boolean coarse;

    @Option(names = "--json", description = "Print the report as JSON (the script's --json shape).")
    boolean json;

    @Option(names = "--by-genre", description = "Also print span F2 and char recall per document genre.")
    boolean byGenre;

    @Option(names = "--per-recognizer", description = "With --analyzer: also time each built-in recognizer alone (CPU time).")
    boolean perRecognizer;

    @Option(names = "--show-errors", paramLabel = "N", defaultValue = "0",
            description = "Print up to N missed and N false spans WITH their text (synthetic data only).")
    int showErrors;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Evaluate());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("evaluate: " + e.getMessage());
            return 2;
        });
        return cl;
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<LabeledDoc> docs = GoldSets.load(gold);
        Map<String, List<Span>> predictions;
        if (source.analyzer) {
            AnalyzerRun run = AnalyzerRun.run(buildAnalyzer(), docs);
            if (predOut != null) {
                try (BufferedWriter w = Files.newBufferedWriter(predOut, StandardCharsets.UTF_8)) {
                    run.writeJsonl(docs, w);
                }
            }
            double secs = run.nanos() / 1e9;
            double cpu = run.cpuNanos() / 1e9;
            System.err.printf(Locale.ROOT, "analyzer: %d docs, %d bytes in %.3f s wall (%.1f MB/s, %.0f docs/s), "
                    + "%.3f s CPU (%.1f MB per CPU-s, %.1f us per doc); 1 thread, after a warm-up pass%n",
                    docs.size(), run.utf8Bytes(), secs, run.utf8Bytes() / 1e6 / secs, docs.size() / secs,
                    cpu, run.utf8Bytes() / 1e6 / cpu, cpu * 1e6 / docs.size());
            predictions = run.spans();
            if (perRecognizer) {
                RecognizerProfile.print(System.err, RecognizerProfile.measure(docs));
            }
        } else {
            predictions = Jsonl.predictions(source.pred, peerTypes == null ? UnaryOperator.identity() : PeerTypes.load(peerTypes));
        }
        if (coarse) {
            docs = docs.stream().map(Evaluate::coarsen).toList();
            Map<String, List<Span>> c = new HashMap<>();
            predictions.forEach((id, spans) -> c.put(id, coarsen(spans)));
            predictions = c;
        }
        Report report = Scorer.score(docs, predictions);
        out.print(json ? ReportJson.toJson(report) + "\n" : report.format());
        if (byGenre) {
            printByGenre(out, docs, predictions);
        }
        if (showErrors > 0) {
            ErrorListing.print(out, docs, predictions, showErrors);
        }
        return 0;
    }

    private Analyzer buildAnalyzer() {
        Analyzer.Builder b = Analyzer.builder();
        if (preset != null) {
            b.preset(Preset.parse(preset).orElseThrow(() -> new IllegalArgumentException("unknown preset " + preset)));
        }
        if (minScore != null) {
            b.minScore(minScore);
        }
        return b.build();
    }

    private static void printByGenre(PrintStream out, List<LabeledDoc> docs, Map<String, List<Span>> predictions) {
        Map<String, List<LabeledDoc>> byGenre = new TreeMap<>();
        for (LabeledDoc d : docs) {
            byGenre.computeIfAbsent(d.genre(), k -> new ArrayList<>()).add(d);
        }
        out.println();
        out.printf(Locale.ROOT, "%-16s%6s%8s%8s%8s%8s%n", "genre", "docs", "charR", "spanP", "spanR", "spanF2");
        byGenre.forEach((genre, ds) -> {
            Report r = Scorer.score(ds, predictions);
            out.printf(Locale.ROOT, "%-16s%6d%8s%8s%8s%8s%n", genre.isEmpty() ? "-" : genre, ds.size(),
                    Report.f3(r.chars().r()), Report.f3(r.spans().p()), Report.f3(r.spans().r()), Report.f3(r.spans().f2()));
        });
    }

    private static LabeledDoc coarsen(LabeledDoc d) {
        return new LabeledDoc(d.id(), d.text(), coarsen(d.spans()), d.genre());
    }

    private static List<Span> coarsen(List<Span> spans) {
        return spans.stream().map(s -> new Span(s.start(), s.end(), TypeNames.coarse(TypeNames.canon(s.type())))).toList();
    }

    /** JSON in the reference scorer's {@code --json} shape. */
    static final class ReportJson {
        private ReportJson() {
        }

        static String toJson(Report r) {
            ObjectNode o = Jsonl.JSON.createObjectNode();
            o.put("records", r.records());
            o.put("missing_predictions", r.missingPredictions());
            o.set("char", prf(r.chars()));
            o.set("span", prf(r.spans()));
            o.put("leak_rate", r.leakRate());
            ObjectNode per = o.putObject("per_type");
            for (TypeScore t : r.rows()) {
                ObjectNode x = per.putObject(t.type());
                x.put("gold", t.gold());
                x.put("tp", t.tp());
                x.put("fp", t.fp());
                x.put("fn", t.fn());
                x.put("p", t.prf().p());
                x.put("r", t.prf().r());
                x.put("f1", t.prf().f1());
                x.put("f2", t.prf().f2());
                if (t.leak() == null) {
                    x.putNull("leak");
                } else {
                    x.put("leak", t.leak());
                }
            }
            return o.toString();
        }

        private static JsonNode prf(Prf p) {
            ObjectNode o = Jsonl.JSON.createObjectNode();
            o.put("p", p.p());
            o.put("r", p.r());
            o.put("f1", p.f1());
            o.put("f2", p.f2());
            return o;
        }
    }
}
