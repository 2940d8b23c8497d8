package dev.veil.monitor.alert;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each alert as one structured log line, {@code veil.alert {json}}, on the SLF4J logger
 * {@code veil.alert} (or any line consumer). Synchronous: logging back-ends buffer on their own.
 */
public final class LogAlertSink implements AlertSink {
    /** Prefix of every line, so log shippers can pick alerts out of a mixed stream. */
    public static final String PREFIX = "veil.alert ";

    private final Consumer<String> lines;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    private LogAlertSink(Consumer<String> lines) {
        this.lines = lines;
    }

    /** Logs at WARN on the logger named {@code veil.alert}. */
    public static LogAlertSink slf4j() {
        Logger log = LoggerFactory.getLogger("veil.alert");
        return new LogAlertSink(log::warn);
    }

    /** Writes lines to {@code lines}, e.g. a file appender or a test list. */
    public static LogAlertSink to(Consumer<String> lines) {
        return new LogAlertSink(Objects.requireNonNull(lines));
    }

    @Override
    public void publish(Alert alert) {
        try {
            lines.accept(PREFIX + alert.toJson());
            written.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
        }
    }

    @Override
    public SinkStats stats() {
        long w = written.get();
        long f = failed.get();
        return new SinkStats(w + f, w, 0, f);
    }
}
