package dev.veil.gateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Reply;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ollama's native API translated to and from OpenAI's shapes, against a real local HTTP server. */
class OllamaUpstreamTest {
    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private OllamaUpstream ollama;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/chat", ex -> {
            JsonNode req = json.readTree(ex.getRequestBody());
            received.add(req);
            String body;
            if (req.path("stream").asBoolean()) {
                body = "{\"message\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"done\":false}\n"
                        + "{\"message\":{\"role\":\"assistant\",\"content\":\"lo\"},\"done\":false}\n"
                        + "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\","
                        + "\"prompt_eval_count\":5,\"eval_count\":2}\n";
            } else {
                body = "{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"f\","
                        + "\"arguments\":{\"x\":\"[PERSON_1]\"}}}]},\"done\":true,\"prompt_eval_count\":5,\"eval_count\":3}";
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        server.start();
        ollama = new OllamaUpstream("ollama", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Set.of("llama3"), UpstreamSettings.DEFAULTS, EgressGuard.privateOnly(), json);
    }

    @AfterEach
    void stop() {
        ollama.close();
        server.stop(0);
    }

    private ObjectNode request(boolean stream) throws Exception {
        return (ObjectNode) json.readTree("""
                {"model":"llama3","temperature":0,"max_tokens":20,"stream":%s,"messages":[
                  {"role":"developer","content":"be brief"},
                  {"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function",
                    "function":{"name":"f","arguments":"{\\"x\\":\\"[PERSON_1]\\"}"}}]},
                  {"role":"user","content":[{"type":"text","text":"hi "},{"type":"text","text":"there"}]}]}"""
                .formatted(stream));
    }

    @Test
    void chatTranslatesRequestAndToolCalls() throws Exception {
        Reply.Json r = (Reply.Json) ollama.call(Endpoint.CHAT, request(false), false);
        JsonNode sent = received.get(0);
        assertThat(sent.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(sent.path("messages").get(1).path("tool_calls").get(0).path("function").path("arguments")
                .path("x").asText()).isEqualTo("[PERSON_1]");
        assertThat(sent.path("messages").get(2).path("content").asText()).isEqualTo("hi there");
        assertThat(sent.path("options").path("num_predict").asInt()).isEqualTo(20);
        JsonNode call = r.body().path("choices").get(0).path("message").path("tool_calls").get(0);
        assertThat(json.readTree(call.path("function").path("arguments").asText()).path("x").asText()).isEqualTo("[PERSON_1]");
        assertThat(r.body().path("usage").path("total_tokens").asInt()).isEqualTo(8);
    }

    @Test
    void streamingNdjsonBecomesChunks() throws Exception {
        Reply.Stream s = (Reply.Stream) ollama.call(Endpoint.CHAT, request(true), true);
        StringBuilder sb = new StringBuilder();
        String finish = null;
        try (var chunks = s.chunks()) {
            ObjectNode c;
            while ((c = chunks.next()) != null) {
                sb.append(c.path("choices").get(0).path("delta").path("content").asText(""));
                if (c.path("choices").get(0).hasNonNull("finish_reason")) {
                    finish = c.path("choices").get(0).path("finish_reason").asText();
                }
            }
        }
        assertThat(sb.toString()).isEqualTo("Hello");
        assertThat(finish).isEqualTo("stop");
    }
}
