package dev.veil.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link Analyzer} in-process over gold documents and keeps its findings as spans, so the
 * evaluator needs no CLI round trip. Records the time spent in {@code analyze} alone.
 */
public final class AnalyzerRun {
    private final Map<String, List<Finding>> findings;
    private final long nanos;
    private final long cpuNanos;
    private final long utf8Bytes;

    private AnalyzerRun(Map<String, List<Finding>> findings, long nanos, long cpuNanos, long utf8Bytes) {
        this.findings = findings;
        this.nanos = nanos;
        this.cpuNanos = cpuNanos;
        this.utf8Bytes = utf8Bytes;
    }

    /** Analyzes every document once, after a warm-up pass over the first 2,000 documents (not timed). */
    public static AnalyzerRun run(Analyzer analyzer, List<LabeledDoc> docs) {
        for (int i = 0; i < Math.min(2000, docs.size()); i++) {
            analyzer.analyze(docs.get(i).text());
        }
        Map<String, List<Finding>> out = new HashMap<>(docs.size() * 2);
        long bytes = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (LabeledDoc d : docs) {
            out.put(d.id(), analyzer.analyze(d.text()));
        }
        long elapsed = System.nanoTime() - t0;
        long cpu = mx.getCurrentThreadCpuTime() - c0;
        for (LabeledDoc d : docs) {
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return new AnalyzerRun(out, elapsed, cpu, bytes);
    }

    /** Findings as scorer spans, typed by canonical entity name. */
    public Map<String, List<Span>> spans() {
        Map<String, List<Span>> out = new HashMap<>(findings.size() * 2);
        findings.forEach((id, fs) -> {
            List<Span> spans = new ArrayList<>(fs.size());
            for (Finding f : fs) {
                spans.add(new Span(f.start(), f.end(), f.type().name()));
            }
            out.put(id, spans);
        });
        return out;
    }

    /** Writes the findings in the {@code veil scan --format jsonl} contract, in {@code docs} order. */
    public void writeJsonl(List<LabeledDoc> docs, Writer w) throws IOException {
        try (JsonGenerator g = Jsonl.JSON.getFactory().createGenerator(w)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            for (LabeledDoc d : docs) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeArrayFieldStart("spans");
                for (Finding f : findings.getOrDefault(d.id(), List.of())) {
                    g.writeStartObject();
                    g.writeNumberField("start", f.start());
                    g.writeNumberField("end", f.end());
                    g.writeStringField("type", f.type().name());
                    g.writeNumberField("score", f.score());
                    g.writeStringField("recognizer", f.recognizer());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    /** Wall time spent inside {@code analyze}, in nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /**
     * CPU time of the analyzing thread, in nanoseconds: unlike wall time it does not grow when other
     * processes share the cores, so bytes per CPU-second is comparable across runs.
     */
    public long cpuNanos() {
        return cpuNanos;
    }

    /** UTF-8 size of the analyzed texts. */
    public long utf8Bytes() {
        return utf8Bytes;
    }
}
