package dev.veil.cli.redact;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs batches on a worker pool and writes their output in submission order. At most
 * {@code window} batches are in flight: the submitting thread writes finished head batches as it
 * goes and blocks on the oldest when the window is full, so memory stays bounded whatever the input
 * size. Without a pool everything runs inline (one thread means one core).
 */
final class OrderedBatches {
    /** What a batch produced: output bytes and its counts. */
    record Result(byte[] output, RunStats stats) {
    }

    private final ExecutorService pool;
    private final int window;
    private final OutputStream out;
    private final RunStats total;
    private final ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();

    OrderedBatches(ExecutorService pool, int window, OutputStream out, RunStats total) {
        this.pool = pool;
        this.window = window;
        this.out = out;
        this.total = total;
    }

    void submit(Callable<Result> batch) throws IOException {
        if (pool == null) {
            write(call(batch));
            return;
        }
        inFlight.add(pool.submit(batch));
        while (!inFlight.isEmpty() && (inFlight.size() > window || inFlight.peek().isDone())) {
            write(await(inFlight.poll()));
        }
    }

    /** Writes every remaining batch. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            write(await(inFlight.poll()));
        }
    }

    /** Cancels what is still running (after a failure). */
    void abandon() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private void write(Result r) throws IOException {
        out.write(r.output());
        total.merge(r.stats());
    }

    private static Result call(Callable<Result> batch) throws IOException {
        try {
            return batch.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("batch failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Result await(Future<Result> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof IOException io) {
                throw io;
            }
            throw new IOException("batch failed: " + c.getClass().getSimpleName(), c);
        }
    }
}
