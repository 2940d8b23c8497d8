package dev.veil.gateway.monitor;

import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditLog;
import dev.veil.audit.AuditRecord;
import dev.veil.core.EntityType;
import dev.veil.monitor.alert.Alert;
import dev.veil.monitor.alert.AlertSink;

/**
 * Sends every alert to the audit log as an ALERT record (rule, severity, counts by type, key and
 * request ids; never values). Appends are durable before {@link #publish} returns. A failed append
 * is counted, not thrown (the sink contract): the log then refuses the request's own record too,
 * so the request still fails closed.
 */
public final class AuditAlertSink implements AlertSink {
    private final AuditLog log;
    private final java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong delivered = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();

    public AuditAlertSink(AuditLog log) {
        this.log = log;
    }

    @Override
    public void publish(Alert alert) {
        AuditRecord.Builder b = AuditRecord.builder(AuditKind.ALERT, alert.time())
                .rule(alert.rule())
                .decision("alert:" + alert.severity().name().toLowerCase(java.util.Locale.ROOT));
        if (alert.keyId() != null) {
            b.keyId(alert.keyId());
        }
        if (alert.requestId() != null) {
            b.requestId(alert.requestId());
        }
        if (alert.model() != null) {
            b.model(alert.model());
        }
        alert.counts().forEach((type, n) -> EntityType.parse(type).ifPresentOrElse(t -> b.entities(t, n),
                () -> b.attribute("count." + type.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.]", "_"),
                        Integer.toString(n))));
        accepted.incrementAndGet();
        try {
            log.append(b.build());
            delivered.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
        }
    }

    @Override
    public dev.veil.monitor.alert.SinkStats stats() {
        return new dev.veil.monitor.alert.SinkStats(accepted.get(), delivered.get(), 0, failed.get());
    }
}
