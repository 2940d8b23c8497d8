package dev.veil.cli.scan;

import dev.veil.cli.ExitCodes;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyzes documents on N worker threads and writes results in input order. Documents are analyzed
 * in batches (up to {@link #BATCH_DOCS} documents or {@link #BATCH_CHARS} chars) with
 * {@link Analyzer#analyzeAll}, which runs each recognizer over the whole batch before the next (its
 * code and tables stay in cache), and one hand-off per short document would cost as much as
 * analysing it. Memory is bounded: at most {@code 2 * threads} batches are queued; the submitter
 * blocks when the window is full. A batch is sent when full, at the end of input, or when the
 * feeder calls {@link #idle()} because its input has nothing more to read at the moment, so a slow
 * producer (a pipe fed line by line) is not kept waiting for results. With one thread everything
 * runs on the caller's thread (no hand-offs), so "1 thread" measurements mean one core.
 */
final class OrderedScanner implements AutoCloseable {
    private static final Item POISON = new Item(null, null);
    static final int BATCH_DOCS = 256;
    static final int BATCH_CHARS = 256 * 1024;

    private final Analyzer analyzer;
    private final ResultWriter writer;
    private final ScanCommand.ScanStats stats;
    private final ExecutorService pool;
    private final BlockingQueue<Item> queue;
    private final Thread writerThread;
    private volatile Throwable failure;
    private List<Document.InMemory> batch = new ArrayList<>();
    private long batchChars;

    /** Documents in input order; {@code results} holds, per document, its findings or its failure. */
    private record Item(List<? extends Document> docs, Future<Object[]> results) {
    }

    OrderedScanner(Analyzer analyzer, ResultWriter writer, int threads, ScanCommand.ScanStats stats) {
        this.analyzer = analyzer;
        this.writer = writer;
        this.stats = stats;
        if (threads == 1) {
            pool = null;
            queue = null;
            writerThread = null;
        } else {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "veil-scan-worker");
                t.setDaemon(true);
                return t;
            });
            queue = new ArrayBlockingQueue<>(2 * threads);
            writerThread = new Thread(this::drain, "veil-scan-writer");
            writerThread.setDaemon(true);
            writerThread.start();
        }
    }

    void submit(Document d) throws IOException, InterruptedException {
        rethrow();
        if (d instanceof Document.InMemory m) {
            batch.add(m);
            batchChars += m.text().length();
            if (batch.size() >= BATCH_DOCS || batchChars >= BATCH_CHARS) {
                flush();
            }
            return;
        }
        flush(); // keep input order around a streamed or failed document
        if (pool == null) {
            write(d, null);
        } else {
            queue.put(new Item(List.of(d), null));
        }
    }

    /** The input has nothing more to read at the moment: send what is pending instead of waiting for a full batch. */
    void idle() throws IOException, InterruptedException {
        rethrow();
        flush();
        if (pool == null) {
            writer.flush(); // with workers, the writer thread flushes whenever it has caught up
        }
    }

    private void flush() throws IOException, InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        List<Document.InMemory> docs = batch;
        batch = new ArrayList<>();
        batchChars = 0;
        if (pool == null) {
            Object[] results = analyzeBatch(docs);
            for (int i = 0; i < results.length; i++) {
                write(docs.get(i), results[i]);
            }
            return;
        }
        Future<Object[]> results = pool.submit(() -> analyzeBatch(docs));
        queue.put(new Item(docs, results));
    }

    /** Each document's findings, or its failure: a batch that fails is analyzed again one document at a time. */
    private Object[] analyzeBatch(List<Document.InMemory> docs) {
        Object[] out = new Object[docs.size()];
        List<String> texts = new ArrayList<>(docs.size());
        for (Document.InMemory d : docs) {
            texts.add(d.text());
        }
        try {
            List<List<Finding>> all = analyzer.analyzeAll(texts);
            for (int i = 0; i < out.length; i++) {
                out[i] = all.get(i);
            }
        } catch (RuntimeException e) {
            // which document failed is not known: analysing each alone leaves only that one an error record
            for (int i = 0; i < out.length; i++) {
                out[i] = analyzeNow(docs.get(i));
            }
        }
        return out;
    }

    private Object analyzeNow(Document.InMemory m) {
        try {
            return analyzer.analyze(m.text());
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void drain() {
        try {
            while (true) {
                Item it = queue.poll();
                if (it == null) {
                    writer.flush(); // caught up with the workers: what is written reaches the reader now
                    it = queue.take();
                }
                if (it == POISON) {
                    return;
                }
                Object[] results = null;
                if (it.results() != null) {
                    try {
                        results = it.results().get();
                    } catch (ExecutionException e) {
                        // analyzeNow catches per document; only an Error gets here: fail every document
                        results = new Object[it.docs().size()];
                        java.util.Arrays.fill(results, e.getCause());
                    }
                }
                for (int i = 0; i < it.docs().size(); i++) {
                    write(it.docs().get(i), results == null ? null : results[i]);
                }
            }
        } catch (Throwable t) {
            failure = t;
            // keep consuming so the submitter never blocks forever
            while (queue.poll() != null) {
                // discard
            }
        }
    }

    /** Writes one document's outcome: findings, a failure, or (for streamed docs) streams it now. */
    @SuppressWarnings("unchecked")
    private void write(Document d, Object result) throws IOException {
        switch (d) {
            case Document.Failed f -> {
                writer.error(f.id(), f.message());
                stats.error(f.message());
            }
            case Document.InMemory m -> {
                if (result instanceof Throwable t) {
                    String msg = m.id() + ": " + ExitCodes.safeMessage(t);
                    writer.error(m.id(), msg);
                    stats.error(msg);
                    return;
                }
                List<Finding> fs = (List<Finding>) result;
                writer.begin(m.id(), m.text());
                for (Finding f : fs) {
                    writer.span(f, m.text());
                }
                writer.end();
                stats.document(fs.size());
            }
            case Document.Streamed s -> stream(s);
        }
    }

    /**
     * Streams a large document. Findings are collected first (their size is proportional to what is
     * found, not to the text) so that a read error midway yields an error record, never a partial
     * result that looks complete.
     */
    private void stream(Document.Streamed s) throws IOException {
        List<Finding> fs = new ArrayList<>();
        String name = String.valueOf(s.id());
        try (InputStream in = s.opener().open(); Reader r = TextFiles.strictReader(in, name)) {
            analyzer.analyze(r, fs::add);
        } catch (TextFiles.InputRejected e) {
            writer.error(s.id(), e.getMessage());
            stats.error(e.getMessage());
            return;
        } catch (RuntimeException e) {
            String msg = name + ": " + ExitCodes.safeMessage(e);
            writer.error(s.id(), msg);
            stats.error(msg);
            return;
        }
        writer.begin(s.id(), null);
        for (Finding f : fs) {
            writer.span(f, null);
        }
        writer.end();
        stats.document(fs.size());
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t != null) {
            throw new IOException("writer failed: " + t.getClass().getSimpleName());
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (pool == null) {
            flush();
        } else {
            if (failure == null) { // a dead writer drains nothing: do not block on a full queue
                flush();
                queue.put(POISON);
                writerThread.join();
            }
            pool.shutdownNow();
        }
        rethrow();
    }
}
