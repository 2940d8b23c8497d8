package dev.veil.gateway.upstream;

import dev.veil.gateway.api.ApiException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A fair bounded slot pool for one upstream; waiting callers give up with 503 after a timeout. */
final class ConcurrencyLimit {
    private final Semaphore slots;
    private final Duration queueTimeout;
    private final String upstream;

    ConcurrencyLimit(String upstream, int max, Duration queueTimeout) {
        this.upstream = upstream;
        this.slots = new Semaphore(max, true);
        this.queueTimeout = queueTimeout;
    }

    /** Takes a slot; the returned handle releases it exactly once. */
    Runnable acquire() {
        try {
            if (!slots.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw ApiException.unavailable("upstream_saturated",
                        "upstream '" + upstream + "' is at its concurrency limit; retry later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted", "request interrupted while waiting for upstream '" + upstream + "'");
        }
        return new Runnable() {
            private boolean released;

            @Override
            public synchronized void run() {
                if (!released) {
                    released = true;
                    slots.release();
                }
            }
        };
    }
}
