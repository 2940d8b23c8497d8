package dev.veil.monitor.alert;

/**
 * Where alerts go: the audit log, a log line, a webhook, syslog, or several of these.
 *
 * <p>Contract for implementations, relied on by the request path:
 * <ul>
 *   <li>{@link #publish} returns quickly and never blocks on the network or a full queue: slow
 *       destinations are served from a bounded queue and excess alerts are dropped and counted.
 *   <li>{@link #publish} does not throw for delivery problems; they are counted in {@link #stats()}.
 *   <li>Thread-safe: one sink serves every request thread.
 *   <li>Only the {@link Alert} is transmitted, never any other text, so a sink cannot leak a value.
 * </ul>
 */
public interface AlertSink extends AutoCloseable {

    /** Hands {@code alert} to this sink. */
    void publish(Alert alert);

    /** Delivery counters since the sink was created. */
    SinkStats stats();

    /** Stops accepting alerts and releases threads and sockets, after a short best-effort drain. */
    @Override
    default void close() {
    }
}
