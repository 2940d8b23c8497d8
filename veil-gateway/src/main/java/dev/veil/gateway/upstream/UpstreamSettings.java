package dev.veil.gateway.upstream;

import java.time.Duration;

/**
 * Per-upstream limits.
 *
 * @param timeout        longest wait for the first byte of an answer, and between streamed chunks
 * @param connectTimeout longest wait for a connection
 * @param retries        extra attempts after a connection failure (the request was never sent, so
 *                       retrying cannot run it twice); timeouts and answered errors are not retried
 * @param maxConcurrency most requests in flight at once; more wait up to {@code queueTimeout}, then 503
 * @param queueTimeout   longest wait for a free slot
 */
public record UpstreamSettings(Duration timeout, Duration connectTimeout, int retries, int maxConcurrency,
                               Duration queueTimeout) {
    public static final UpstreamSettings DEFAULTS = new UpstreamSettings(Duration.ofSeconds(120), Duration.ofSeconds(5), 2,
            256, Duration.ofSeconds(10));

    public UpstreamSettings {
        if (retries < 0 || maxConcurrency < 1) {
            throw new IllegalArgumentException("retries must be >= 0 and maxConcurrency >= 1");
        }
    }
}
