package dev.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.audit.AuditException;
import dev.veil.audit.AuditLog;
import dev.veil.audit.AuditRecord;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every request is audited without values; an audit failure refuses requests (503) before the upstream. */
class AuditFailClosedIT {

    /** An audit log whose disk "fills up" on demand. */
    static final class FailingLog implements AuditLog {
        final AtomicBoolean full = new AtomicBoolean();
        int appended;

        @Override
        public synchronized long append(AuditRecord record) {
            if (full.get()) {
                throw new AuditException("audit: no space left on device");
            }
            return ++appended;
        }

        /** Written to the "OS", but its fsync fails once {@code fsyncFails} is set. */
        @Override
        public synchronized Pending appendWritten(AuditRecord record) {
            long seq = append(record);
            return () -> {
                if (fsyncFails.get()) {
                    throw new AuditException("audit: fsync failed");
                }
                return seq;
            };
        }

        final AtomicBoolean fsyncFails = new AtomicBoolean();

        @Override
        public void sync() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void auditWriteFailureRefusesRequestsAndNothingMoreReachesTheUpstream(@TempDir Path tmp) throws Exception {
        FailingLog log = new FailingLog();
        try (GatewayFixture f = new GatewayFixture(tmp, log)) {
            HttpResponse<String> ok = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody("hello", false));
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(log.appended).isEqualTo(1);

            log.full.set(true);
            HttpResponse<String> refused = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody("hello", false));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(f.json.readTree(refused.body()).path("error").path("code").asText()).isEqualTo("audit_unavailable");

            int before = f.upstream.received.size();
            HttpResponse<String> next = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody("Maria Garcia", false));
            assertThat(next.statusCode()).isEqualTo(503);
            assertThat(f.upstream.received).hasSize(before);
            assertThat(f.get("/readyz", null).statusCode()).isEqualTo(503);
        }
    }

    @Test
    void aStreamWhoseAuditFsyncFailsEndsWithAnErrorInsteadOfDoneAndLaterRequestsAreRefused(@TempDir Path tmp)
            throws Exception {
        FailingLog log = new FailingLog();
        try (GatewayFixture f = new GatewayFixture(tmp, log)) {
            HttpResponse<String> ok = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody("hello", true));
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("data: [DONE]").doesNotContain("audit_unavailable");

            log.fsyncFails.set(true);
            HttpResponse<String> cut = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody("hello", true));
            assertThat(cut.body()).contains("audit_unavailable");
            assertThat(cut.body().indexOf("audit_unavailable")).isLessThan(cut.body().indexOf("[DONE]"));
            assertThat(log.appended).isEqualTo(2);

            int before = f.upstream.received.size();
            HttpResponse<String> next = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody("hello", true));
            assertThat(next.statusCode()).isEqualTo(503);
            assertThat(f.upstream.received).hasSize(before);
        }
    }

    @Test
    void auditRecordsHoldCountsButNoValues(@TempDir Path tmp) throws Exception {
        try (GatewayFixture f = new GatewayFixture(tmp)) {
            f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody(GatewayIT.TEXT, false));
            f.post("/v1/chat/completions", null, GatewayFixture.chatBody(GatewayIT.TEXT, false));
            f.audit.sync();
            try (Stream<Path> files = Files.walk(tmp.resolve("audit"))) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    String bytes = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertThat(bytes).as(p.toString()).doesNotContain("Maria", "Garcia", "536-22-8726",
                            "maria.garcia@", "4539 1488");
                }
            }
            String all;
            try (Stream<Path> files = Files.walk(tmp.resolve("audit"))) {
                all = files.filter(p -> p.getFileName().toString().endsWith(".jsonl") || p.getFileName().toString().contains("seg"))
                        .filter(Files::isRegularFile).map(p -> {
                            try {
                                return Files.readString(p);
                            } catch (java.io.IOException e) {
                                return "";
                            }
                        }).reduce("", String::concat);
            }
            assertThat(all).contains("PERSON").contains("refused:invalid_api_key").contains(f.keys.list().get(2).id());
        }
    }
}
