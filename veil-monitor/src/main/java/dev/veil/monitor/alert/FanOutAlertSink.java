package dev.veil.monitor.alert;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends every alert to each of several sinks. A sink that throws does not stop the others (the
 * failure is counted), so one broken destination cannot silence the rest.
 */
public final class FanOutAlertSink implements AlertSink {
    private final List<AlertSink> sinks;
    private final AtomicLong thrown = new AtomicLong();

    private FanOutAlertSink(List<AlertSink> sinks) {
        this.sinks = sinks;
    }

    public static FanOutAlertSink of(AlertSink... sinks) {
        return new FanOutAlertSink(List.of(sinks));
    }

    public static FanOutAlertSink of(List<AlertSink> sinks) {
        return new FanOutAlertSink(List.copyOf(sinks));
    }

    @Override
    public void publish(Alert alert) {
        for (AlertSink s : sinks) {
            try {
                s.publish(alert);
            } catch (RuntimeException e) {
                thrown.incrementAndGet();
            }
        }
    }

    /** The sum of the children's counters, plus alerts lost to a child that threw. */
    @Override
    public SinkStats stats() {
        SinkStats sum = SinkStats.EMPTY;
        for (AlertSink s : sinks) {
            sum = sum.plus(s.stats());
        }
        return sum.plus(new SinkStats(0, 0, 0, thrown.get()));
    }

    @Override
    public void close() {
        for (AlertSink s : sinks) {
            try {
                s.close();
            } catch (RuntimeException e) {
                thrown.incrementAndGet();
            }
        }
    }
}
