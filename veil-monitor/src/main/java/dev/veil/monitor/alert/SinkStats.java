package dev.veil.monitor.alert;

/**
 * Delivery counters of a sink.
 *
 * @param accepted  alerts handed to the sink and queued (or written, for synchronous sinks)
 * @param delivered alerts the destination acknowledged
 * @param dropped   alerts refused because the queue was full or the sink closed
 * @param failed    alerts given up on after every retry
 */
public record SinkStats(long accepted, long delivered, long dropped, long failed) {

    public static final SinkStats EMPTY = new SinkStats(0, 0, 0, 0);

    public SinkStats plus(SinkStats o) {
        return new SinkStats(accepted + o.accepted, delivered + o.delivered, dropped + o.dropped, failed + o.failed);
    }
}
