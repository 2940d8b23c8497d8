package dev.veil.bench;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.eval.corpus.CorpusGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Analyzer#analyze} with every built-in recognizer ({@link Analyzer#defaults()}) on the
 * synthetic corpus of veil-eval: ~150-char records and ~500-char mixed documents, on one and two
 * threads sharing one analyzer (it is immutable and thread-safe).
 *
 * <p>Mode is throughput: the primary score is documents per second (summed over threads); the
 * secondary {@code bytes} counter is UTF-8 bytes per second, so MB/s = bytes / 1e6 and the time per
 * document on one thread is 1 / score.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AnalyzerBenchmark {

    /** The shared corpus and analyzer, built once per trial. */
    @State(Scope.Benchmark)
    public static class Corpus {
        /** {@code record150}: Presidio-style records; {@code doc500}: mixed genres of about 500 chars. */
        @Param({"record150", "doc500"})
        public String kind;

        String[] texts;
        int[] bytes;
        Analyzer analyzer;

        @Setup(Level.Trial)
        public void setUp() {
            CorpusGenerator g = CorpusGenerator.withSeed(20_240_229);
            int n = 4096;
            texts = new String[n];
            bytes = new int[n];
            for (int i = 0; i < n; i++) {
                texts[i] = (kind.equals("record150") ? g.nextRecord(150) : g.nextOfSize(500)).text();
                bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8).length;
            }
            analyzer = Analyzer.defaults();
        }
    }

    /** Each thread walks the corpus from its own offset, so two threads do not analyse the same text in lockstep. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            next = (int) (Thread.currentThread().threadId() * 997 % 4096);
        }
    }

    /** UTF-8 bytes analysed, reported by JMH as a rate (bytes/s). */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Benchmark
    @Threads(1)
    public List<Finding> oneThread(Corpus c, Cursor k, Bytes b) {
        return analyze(c, k, b);
    }

    @Benchmark
    @Threads(2)
    public List<Finding> twoThreads(Corpus c, Cursor k, Bytes b) {
        return analyze(c, k, b);
    }

    /**
     * {@link Analyzer#analyzeAll} over {@value #GROUP} consecutive texts per operation (the CLI's
     * batches): the score is groups per second, so documents per second = score x {@value #GROUP};
     * the {@code bytes} counter is comparable with {@link #oneThread}'s directly.
     */
    @Benchmark
    @Threads(1)
    public List<List<Finding>> oneThreadGrouped(Corpus c, Cursor k, Bytes b) {
        return analyzeGroup(c, k, b);
    }

    @Benchmark
    @Threads(2)
    public List<List<Finding>> twoThreadsGrouped(Corpus c, Cursor k, Bytes b) {
        return analyzeGroup(c, k, b);
    }

    static final int GROUP = 256;

    private static List<List<Finding>> analyzeGroup(Corpus c, Cursor k, Bytes b) {
        int from = k.next & ~(GROUP - 1);
        k.next = (from + GROUP) & (c.texts.length - 1);
        List<String> group = java.util.Arrays.asList(c.texts).subList(from, from + GROUP);
        for (int i = from; i < from + GROUP; i++) {
            b.bytes += c.bytes[i];
        }
        return c.analyzer.analyzeAll(group);
    }

    private static List<Finding> analyze(Corpus c, Cursor k, Bytes b) {
        int i = k.next;
        k.next = (i + 1) & (c.texts.length - 1);
        b.bytes += c.bytes[i];
        return c.analyzer.analyze(c.texts[i]);
    }
}
