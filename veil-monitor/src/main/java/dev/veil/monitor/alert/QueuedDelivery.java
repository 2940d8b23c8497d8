package dev.veil.monitor.alert;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded queue drained by one background thread that sends each alert through a
 * {@link Transport}, retrying transient failures with capped exponential backoff and full jitter.
 * Shared by the network sinks so that none of them can block a request: {@link #offer} never
 * waits, and a full queue drops the alert and counts it.
 */
final class QueuedDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedDelivery.class);

    /** Sends one alert. Throws {@link PermanentFailure} for errors a retry cannot fix. */
    @FunctionalInterface
    interface Transport {
        void send(Alert alert) throws IOException;
    }

    /** A delivery error that retrying will not fix (e.g. HTTP 400): the alert is failed at once. */
    static final class PermanentFailure extends IOException {
        private static final long serialVersionUID = 1L;

        PermanentFailure(String message) {
            super(message);
        }
    }

    /** Retry and queue settings. */
    record Settings(int capacity, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        Settings {
            if (capacity < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("capacity and maxAttempts must be >= 1");
            }
            Objects.requireNonNull(initialBackoff);
            Objects.requireNonNull(maxBackoff);
        }

        static Settings defaults() {
            return new Settings(1024, 5, Duration.ofMillis(200), Duration.ofSeconds(10));
        }
    }

    private final String name;
    private final Transport transport;
    private final Settings settings;
    private final RandomGenerator random;
    private final BlockingQueue<Alert> queue;
    private final Thread worker;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean closing;

    QueuedDelivery(String name, Transport transport, Settings settings, RandomGenerator random) {
        this.name = name;
        this.transport = transport;
        this.settings = settings;
        this.random = random;
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
        this.worker = Thread.ofPlatform().daemon().name("veil-alert-" + name).start(this::run);
    }

    /** Queues {@code alert}; never blocks. Returns false (and counts a drop) if full or closing. */
    boolean offer(Alert alert) {
        if (closing || !queue.offer(alert)) {
            dropped.incrementAndGet();
            return false;
        }
        accepted.incrementAndGet();
        return true;
    }

    SinkStats stats() {
        return new SinkStats(accepted.get(), delivered.get(), dropped.get(), failed.get());
    }

    private void run() {
        while (!(closing && queue.isEmpty())) {
            Alert a;
            try {
                a = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (a != null) {
                deliver(a);
            }
        }
        // Anything still queued when the worker stops is counted as dropped, never silently lost.
        dropped.addAndGet(queue.size());
        queue.clear();
    }

    private void deliver(Alert a) {
        long backoff = settings.initialBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                transport.send(a);
                delivered.incrementAndGet();
                return;
            } catch (PermanentFailure e) {
                failed.incrementAndGet();
                LOG.warn("alert sink '{}': permanent failure, alert dropped: {}", name, e.getMessage());
                return;
            } catch (IOException | RuntimeException e) {
                if (attempt >= settings.maxAttempts()) {
                    failed.incrementAndGet();
                    LOG.warn("alert sink '{}': giving up after {} attempts: {}", name, attempt,
                            e.getClass().getSimpleName());
                    return;
                }
            }
            long sleep = backoff <= 0 ? 0 : random.nextLong(backoff + 1); // full jitter
            backoff = Math.min(settings.maxBackoff().toMillis(), Math.max(1, backoff * 2));
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                failed.incrementAndGet();
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops accepting, lets the worker drain for up to {@code grace}, then stops it. */
    void close(Duration grace) {
        closing = true;
        try {
            worker.join(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(2));
    }
}
