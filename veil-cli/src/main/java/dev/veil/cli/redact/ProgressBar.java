package dev.veil.cli.redact;

import java.io.Console;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on stderr, redrawn four times a second: bytes read, percent and
 * throughput. Shows counts only, never content. A disabled bar does nothing.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;

    private final ScheduledExecutorService timer;
    private final PrintStream err;
    private final String name;
    private final AtomicLong read;
    private final long total;
    private final long startNanos = System.nanoTime();
    private boolean closed;

    private ProgressBar(boolean enabled, PrintStream err, String name, AtomicLong read, long total) {
        this.err = err;
        this.name = name;
        this.read = read;
        this.total = total;
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "veil-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    static ProgressBar start(boolean enabled, PrintStream err, String name, AtomicLong read, long totalBytes) {
        return new ProgressBar(enabled, err, name, read, totalBytes);
    }

    /**
     * Whether the process talks to a terminal. {@code Console.isTerminal()} (JDK 22+) is asked
     * reflectively because the code is compiled for Java 21, where a non-null console means one.
     */
    static boolean onTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private synchronized void draw() {
        if (closed) {
            return;
        }
        long bytes = read.get();
        double secs = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        StringBuilder sb = new StringBuilder("\r").append("veil ").append(name).append(' ');
        if (total > 0) {
            double f = Math.min(1.0, bytes / (double) total);
            int filled = (int) (f * WIDTH);
            sb.append('[').append("=".repeat(filled)).append(filled < WIDTH ? ">" : "")
                    .append(" ".repeat(Math.max(0, WIDTH - filled - 1))).append("] ")
                    .append(String.format("%5.1f%% ", f * 100));
        }
        sb.append(String.format("%,.1f MB  %,.1f MB/s   ", bytes / 1e6, bytes / 1e6 / secs));
        err.print(sb);
        err.flush();
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops redrawing and clears the line; idempotent. */
    synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
