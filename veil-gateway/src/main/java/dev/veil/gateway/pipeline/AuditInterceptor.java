package dev.veil.gateway.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.audit.AuditException;
import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditLog;
import dev.veil.audit.AuditRecord;
import dev.veil.core.Scope;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.ChunkStream;
import dev.veil.gateway.chain.RequestFacts;
import dev.veil.gateway.chain.Exchange;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * The outermost step: one audit record per request, appended (durably, per the log's fsync policy)
 * before the reply is released, so an acknowledged request always has its record. A streamed reply
 * counts as acknowledged when it ends: its record is written to the operating system before the
 * first byte (it survives a crash of this process) and its fsync runs alongside the stream, which
 * ends with [DONE] only once the record is durable, so time to first byte does not wait for the
 * disk. Refusals are recorded too. If the log cannot be written, the request is refused with 503,
 * and while the log stays broken every new request is refused before it reaches the upstream (fail
 * closed).
 *
 * <p>Records carry ids, names, counts, operators and decisions only; never text or values.
 */
public final class AuditInterceptor implements Interceptor {
    /** Model names recorded as given; compiled once (String.matches compiles per call). */
    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9._:/@+-]{1,200}");

    private final AuditLog log;
    private final Clock clock;
    private final AtomicBoolean broken = new AtomicBoolean();

    public AuditInterceptor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** False once an append has failed: the gateway is not ready and refuses requests. */
    public boolean healthy() {
        return !broken.get();
    }

    @Override
    public Reply intercept(Chain chain) {
        if (broken.get()) {
            throw unavailable();
        }
        Exchange ex = chain.exchange();
        Reply reply;
        try {
            reply = chain.proceed(ex);
        } catch (ApiException e) {
            record(ex, e.status(), "refused:" + e.code(), false);
            throw e;
        }
        if (reply instanceof Reply.Stream s) {
            AuditLog.Pending pending;
            try {
                pending = record(ex, 200, "streamed", true);
            } catch (ApiException e) {
                s.chunks().close();
                throw e;
            }
            return new Reply.Stream(new DurableEndStream(s.chunks(), pending));
        }
        record(ex, 200, "answered", false);
        return reply;
    }

    /** Appends the record: durably, or (written) only handed to the OS with the fsync pending. */
    private AuditLog.Pending record(Exchange ex, int status, String decision, boolean written) {
        RequestFacts f = ex.facts();
        try {
            AuditRecord.Builder b = AuditRecord.builder(AuditKind.REQUEST, clock.instant())
                    .requestId(ex.requestId())
                    .status(status)
                    .decision(decision)
                    .latency(Duration.ofNanos(System.nanoTime() - ex.startNanos()));
            if (f.keyId() != null) {
                b.keyId(f.keyId()).principal(f.keyId()).roles(f.roles());
            }
            if (f.model() != null && MODEL.matcher(f.model()).matches()) {
                b.model(f.model());
            }
            if (f.upstream() != null) {
                b.upstream(f.upstream());
            }
            b.entities(f.entityCounts());
            f.operators().forEach(b::operator);
            f.decisions().forEach(b::decision);
            if (f.scopeKey() != null) {
                int slash = f.scopeKey().indexOf('/');
                b.scope(Scope.of(f.scopeKey().substring(0, slash), f.scopeKey().substring(slash + 1)));
            }
            if (written) {
                return log.appendWritten(b.build());
            }
            long seq = log.append(b.build());
            return () -> seq;
        } catch (AuditException | IllegalArgumentException | IllegalStateException e) {
            broken.set(true);
            throw unavailable();
        }
    }

    /**
     * Passes chunks through and, at the end of the stream, waits for the audit record's fsync; if it
     * fails the stream ends with an error event instead of [DONE], and the gateway refuses new
     * requests (fail closed).
     */
    private final class DurableEndStream implements ChunkStream {
        private final ChunkStream inner;
        private final AuditLog.Pending pending;

        DurableEndStream(ChunkStream inner, AuditLog.Pending pending) {
            this.inner = inner;
            this.pending = pending;
        }

        @Override
        public ObjectNode next() {
            ObjectNode c = inner.next();
            if (c == null) {
                try {
                    pending.awaitDurable();
                } catch (AuditException e) {
                    broken.set(true);
                    throw unavailable();
                }
            }
            return c;
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private static ApiException unavailable() {
        return ApiException.unavailable("audit_unavailable",
                "the audit log cannot be written, so requests are refused; see the gateway's log");
    }
}
