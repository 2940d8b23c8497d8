package dev.veil.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Batches through {@link Analyzer#analyzeAll}: order, failures isolated to their document, and idle flushes. */
class OrderedScannerTest {
    /** Reports "x" as a PERSON wherever it stands alone; fails on any text containing "boom". */
    private static final Recognizer XS = new Recognizer() {
        @Override public String name() { return "xs"; }
        @Override public Set<EntityType> types() { return Set.of(EntityType.PERSON); }
        @Override public void recognize(Text text, List<Finding> out) {
            String s = text.string();
            if (s.contains("boom")) {
                throw new IllegalStateException("failed on " + s);
            }
            for (int i = s.indexOf('x'); i >= 0; i = s.indexOf('x', i + 1)) {
                out.add(new Finding(EntityType.PERSON, i, i + 1, 0.9, name()));
            }
        }
    };
    private static final Analyzer ANALYZER = Analyzer.builder().clearRecognizers().addRecognizer(XS).build();

    /** Records what the scanner writes, in order. */
    private static final class Recorder implements ResultWriter {
        final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.concurrent.atomic.AtomicInteger flushes = new java.util.concurrent.atomic.AtomicInteger();
        private StringBuilder current;

        @Override public void begin(Object id, String text) {
            current = new StringBuilder(id + ":");
        }
        @Override public void span(Finding f, String text) {
            current.append(' ').append(f.start());
        }
        @Override public void end() {
            lines.add(current.toString());
        }
        @Override public void error(Object id, String message) {
            lines.add(id + ": error " + message);
        }
        @Override public void flush() {
            flushes.incrementAndGet();
        }
        @Override public void close() {
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFailingDocumentIsAnErrorRecordAndTheRestOfItsBatchIsScanned(int threads) throws Exception {
        Recorder out = new Recorder();
        ScanCommand.ScanStats stats = new ScanCommand.ScanStats();
        int n = OrderedScanner.BATCH_DOCS * 2 + 7;
        try (OrderedScanner scanner = new OrderedScanner(ANALYZER, out, threads, stats)) {
            for (int i = 0; i < n; i++) {
                scanner.submit(new Document.InMemory(i, i == 300 ? "a boom here" : "ab x " + i));
            }
        }
        assertThat(out.lines).hasSize(n);
        for (int i = 0; i < n; i++) {
            if (i == 300) {
                assertThat(out.lines.get(i)).startsWith("300: error").contains("xs").doesNotContain("boom");
            } else {
                assertThat(out.lines.get(i)).isEqualTo(i + ": 3");
            }
        }
        assertThat(stats.errorCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void idleSendsAPartialBatchSoASlowProducerGetsItsResults(int threads) throws Exception {
        Recorder out = new Recorder();
        try (OrderedScanner scanner = new OrderedScanner(ANALYZER, out, threads, new ScanCommand.ScanStats())) {
            scanner.submit(new Document.InMemory("a", "x"));
            scanner.submit(new Document.InMemory("b", "no match"));
            scanner.idle();
            // one thread writes on the caller's thread; with two, the writer thread gets there soon
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (sizeOf(out) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(sizeOf(out)).isEqualTo(2);
            while (out.flushes.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(out.flushes.get()).as("written results are flushed to the reader").isPositive();
            scanner.submit(new Document.InMemory("c", "x x"));
        }
        assertThat(out.lines).containsExactly("a: 0", "b:", "c: 0 2");
    }

    private static int sizeOf(Recorder r) {
        return r.lines.size();
    }
}
