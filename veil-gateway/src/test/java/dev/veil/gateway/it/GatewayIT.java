package dev.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The gateway on a real port in front of a scripted upstream. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayIT {
    static final String TEXT = "Hi, I am Maria Garcia (maria.garcia@example.org), SSN 536-22-8726, "
            + "card 4539 1488 0343 6467. My husband Daniel Hale agrees.";

    GatewayFixture f;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        f = new GatewayFixture(tmp);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private String content(HttpResponse<String> r) throws Exception {
        return f.json.readTree(r.body()).path("choices").get(0).path("message").path("content").asText();
    }

    @Test
    void plantedValuesNeverReachTheUpstreamAndComeBackOnlyWithReveal() throws Exception {
        f.upstream.received.clear();
        HttpResponse<String> revealed = f.post("/v1/chat/completions", f.revealKey, GatewayFixture.chatBody(TEXT, false));
        assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
        assertThat(content(revealed)).isEqualTo("You said: " + TEXT);

        HttpResponse<String> masked = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody(TEXT, false));
        assertThat(masked.statusCode()).isEqualTo(200);
        String c = content(masked);
        assertThat(c).contains("[PERSON_1]", "[PERSON_2]", "[EMAIL_1]", "[SSN_1]", "[CREDIT_CARD_1]");
        for (String planted : List.of("Maria Garcia", "Daniel Hale", "maria.garcia@example.org", "536-22-8726",
                "4539 1488 0343 6467")) {
            assertThat(c).doesNotContain(planted);
            for (String body : f.upstream.received) {
                assertThat(body).doesNotContain(planted);
            }
        }
    }

    @Test
    void streamingRestoreEqualsNonStreamingUnderRandomChunking() throws Exception {
        String expected = "You said: " + TEXT;
        for (long seed = 1; seed <= 12; seed++) {
            f.upstream.seed = seed;
            f.upstream.maxChunk = 1 + (int) (seed % 9);
            HttpResponse<String> r = f.post("/v1/chat/completions", f.revealKey, GatewayFixture.chatBody(TEXT, true));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
            StringBuilder sb = new StringBuilder();
            List<String> events = new ArrayList<>();
            for (String line : r.body().split("\n")) {
                if (line.startsWith("data: ")) {
                    events.add(line.substring(6));
                }
            }
            assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
            for (String e : events.subList(0, events.size() - 1)) {
                JsonNode n = f.json.readTree(e);
                sb.append(n.path("choices").get(0).path("delta").path("content").asText(""));
            }
            assertThat(sb.toString()).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void streamingForCallerWithoutRevealNeverEmitsOriginals() throws Exception {
        f.upstream.seed = 7;
        HttpResponse<String> r = f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody(TEXT, true));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("Maria", "Garcia", "536-22", "maria.garcia@");
    }

    @Test
    void errorsUseOpenAiShapeAndNeverEchoContent() throws Exception {
        record Case(String name, int status, HttpResponse<String> res) {
        }
        List<Case> cases = List.of(
                new Case("no key", 401, f.post("/v1/chat/completions", null, GatewayFixture.chatBody(TEXT, false))),
                new Case("bad key", 401, f.post("/v1/chat/completions", "veil_key_000000000000_nope",
                        GatewayFixture.chatBody(TEXT, false))),
                new Case("expired key", 401, f.post("/v1/chat/completions", f.expiredKey, GatewayFixture.chatBody(TEXT, false))),
                new Case("wrong model", 403, f.post("/v1/chat/completions", f.otherModelKey,
                        GatewayFixture.chatBody(TEXT, false))),
                new Case("unknown model", 404, f.post("/v1/chat/completions", f.adminKey,
                        "{\"model\":\"nope\",\"messages\":[{\"role\":\"user\",\"content\":\"Maria Garcia\"}]}")),
                new Case("bad json", 400, f.post("/v1/chat/completions", f.plainKey, "{\"model\": Maria Garcia")),
                new Case("unknown field", 400, f.post("/v1/chat/completions", f.plainKey,
                        "{\"model\":\"test-model\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"Maria Garcia\":1}")),
                new Case("too large", 413, f.post("/v1/chat/completions", f.plainKey,
                        GatewayFixture.chatBody("Maria Garcia ".repeat(10_000), false))),
                new Case("blocked secret", 400, f.post("/v1/chat/completions", f.plainKey,
                        GatewayFixture.chatBody("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7c\n-----END RSA PRIVATE KEY-----", false))),
                new Case("no route", 404, f.get("/v2/whatever", f.plainKey)),
                new Case("admin escalation", 403, f.post("/admin/keys", f.plainKey,
                        "{\"name\":\"evil\",\"roles\":[\"admin\"]}")));
        for (Case c : cases) {
            assertThat(c.res().statusCode()).as(c.name() + ": " + c.res().body()).isEqualTo(c.status());
            JsonNode err = f.json.readTree(c.res().body()).path("error");
            assertThat(err.path("message").asText()).as(c.name()).isNotBlank();
            assertThat(err.has("type")).as(c.name()).isTrue();
            assertThat(c.res().body()).as(c.name()).doesNotContain("Maria", "Garcia", "BEGIN RSA");
        }
    }

    /**
     * A client still sending an oversized body gets its 413, not a reset connection: the refused body
     * is read to its end (up to 16 MB) before the answer (this failed about one time in six before).
     */
    @Test
    void everyOversizedBodyGetsItsAnswer() throws Exception {
        String body = GatewayFixture.chatBody("Maria Garcia ".repeat(20_000), false);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> res = f.post("/v1/chat/completions", f.plainKey, body);
            assertThat(res.statusCode()).isEqualTo(413);
            assertThat(res.body()).contains("\"error\"").doesNotContain("Maria");
        }
    }

    @Test
    void blockedRequestsNeverReachTheUpstream() throws Exception {
        f.upstream.received.clear();
        HttpResponse<String> r = f.post("/v1/chat/completions", f.plainKey,
                GatewayFixture.chatBody("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----", false));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(f.upstream.received).isEmpty();
    }

    @Test
    void adminCanCreateAndRevokeKeys() throws Exception {
        HttpResponse<String> created = f.post("/admin/keys", f.adminKey,
                "{\"name\":\"svc\",\"roles\":[\"app\"],\"models\":[\"test-model\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode k = f.json.readTree(created.body());
        String key = k.path("key").asText();
        assertThat(f.post("/v1/chat/completions", key, GatewayFixture.chatBody("hello", false)).statusCode()).isEqualTo(200);
        var revoke = f.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base() + "/admin/keys/"
                        + k.path("id").asText())).header("Authorization", "Bearer " + f.adminKey).DELETE().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(revoke.statusCode()).isEqualTo(200);
        Thread.sleep(1100); // other processes' changes are picked up within a second; this one is immediate
        assertThat(f.post("/v1/chat/completions", key, GatewayFixture.chatBody("hello", false)).statusCode()).isEqualTo(401);
        assertThat(f.keys.list()).allSatisfy(r -> assertThat(r.toString()).doesNotContain(key));
    }

    @Test
    void modelsHealthAndMetrics() throws Exception {
        assertThat(f.get("/healthz", null).statusCode()).isEqualTo(200);
        assertThat(f.get("/readyz", null).statusCode()).isEqualTo(200);
        JsonNode models = f.json.readTree(f.get("/v1/models", f.plainKey).body());
        assertThat(models.path("data").findValuesAsText("id")).containsExactly("test-model");
        f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody(TEXT, false));
        String metrics = f.get("/metrics", null).body();
        assertThat(metrics).contains("veil_requests").contains("veil_tokens_restored");
        assertThat(metrics).doesNotContain("Maria", "536-22", "[PERSON_1]");
    }

    @Test
    void completionsAndEmbeddingsAreMaskedToo() throws Exception {
        f.upstream.received.clear();
        HttpResponse<String> c = f.post("/v1/completions", f.revealKey,
                "{\"model\":\"test-model\",\"prompt\":\"Write to Maria Garcia\"}");
        assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
        assertThat(f.json.readTree(c.body()).path("choices").get(0).path("text").asText()).isEqualTo("echo Write to Maria Garcia");
        HttpResponse<String> e = f.post("/v1/embeddings", f.plainKey,
                "{\"model\":\"test-model\",\"input\":[\"Daniel Hale\",\"SSN 536-22-8726\"]}");
        assertThat(e.statusCode()).as(e.body()).isEqualTo(200);
        assertThat(String.join("\n", f.upstream.received)).doesNotContain("Maria Garcia", "Daniel Hale", "536-22-8726");
    }

    @Test
    void conversationScopeKeepsTokensAcrossTurns() throws Exception {
        f.upstream.received.clear();
        String turn1 = GatewayFixture.chatBody("I am Maria Garcia.", false);
        String turn2 = "{\"model\":\"test-model\",\"messages\":[{\"role\":\"user\",\"content\":\"I am Maria Garcia.\"},"
                + "{\"role\":\"assistant\",\"content\":\"Hello Maria Garcia\"},"
                + "{\"role\":\"user\",\"content\":\"My husband is Daniel Hale; tell Maria Garcia.\"}]}";
        assertThat(f.post("/v1/chat/completions", f.plainKey, turn1, "X-Veil-Conversation", "conv-42").statusCode())
                .isEqualTo(200);
        HttpResponse<String> r2 = f.post("/v1/chat/completions", f.plainKey, turn2, "X-Veil-Conversation", "conv-42");
        assertThat(r2.statusCode()).isEqualTo(200);
        String seen1 = f.upstream.received.get(0);
        String seen2 = f.upstream.received.get(1);
        assertThat(seen1).contains("[PERSON_1]").doesNotContain("Maria");
        assertThat(seen2).contains("I am [PERSON_1].").contains("Hello [PERSON_1]").contains("[PERSON_2]; tell [PERSON_1]")
                .doesNotContain("Maria", "Daniel");
        // another conversation starts its own numbering: tokens are not linkable across scopes
        f.post("/v1/chat/completions", f.plainKey, GatewayFixture.chatBody("Daniel Hale here", false),
                "X-Veil-Conversation", "conv-43");
        assertThat(f.upstream.received.get(2)).contains("[PERSON_1] here");
    }
}
