package dev.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tool definitions, tool calls and tool results: masked as JSON, restored in streamed argument deltas. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolCallsIT {
    GatewayFixture f;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        f = new GatewayFixture(tmp);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    static final String BODY = """
            {"model":"test-model","stream":%s,
             "tools":[{"type":"function","function":{"name":"send_email","parameters":{"type":"object",
               "properties":{"to":{"type":"string"},"body":{"type":"string"}}}}}],
             "messages":[
              {"role":"user","content":"Write to Maria Garcia"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_0","type":"function",
                "function":{"name":"lookup","arguments":"{\\"name\\":\\"Maria Garcia\\",\\"ssn\\":\\"536-22-8726\\"}"}}]},
              {"role":"tool","tool_call_id":"call_0","content":"Maria Garcia: maria.garcia@example.org"},
              {"role":"user","content":"Now email her, cc Daniel Hale"}]}""";

    @Test
    void argumentsAndToolResultsAreMaskedAsValidJson() throws Exception {
        f.upstream.received.clear();
        f.upstream.toolArguments = req -> req.path("messages").get(1).path("tool_calls").get(0).path("function")
                .path("arguments").asText().replace("}", ",\"to\":\"[EMAIL_1]\",\"cc\":\"[PERSON_2]\"}");
        try {
            HttpResponse<String> r = f.post("/v1/chat/completions", f.revealKey, BODY.formatted(false));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode seen = f.json.readTree(f.upstream.received.get(0));
            String args = seen.path("messages").get(1).path("tool_calls").get(0).path("function").path("arguments").asText();
            JsonNode parsed = f.json.readTree(args); // still valid JSON
            assertThat(parsed.path("name").asText()).isEqualTo("[PERSON_1]");
            assertThat(parsed.path("ssn").asText()).isEqualTo("[SSN_1]");
            assertThat(seen.path("messages").get(2).path("content").asText()).isEqualTo("[PERSON_1]: [EMAIL_1]");
            assertThat(f.upstream.received.get(0)).doesNotContain("Maria", "536-22-8726", "maria.garcia@", "Daniel");

            JsonNode call = f.json.readTree(r.body()).path("choices").get(0).path("message").path("tool_calls").get(0);
            JsonNode restored = f.json.readTree(call.path("function").path("arguments").asText());
            assertThat(restored.path("name").asText()).isEqualTo("Maria Garcia");
            assertThat(restored.path("to").asText()).isEqualTo("maria.garcia@example.org");
            assertThat(restored.path("cc").asText()).isEqualTo("Daniel Hale");
        } finally {
            f.upstream.toolArguments = null;
        }
    }

    @Test
    void streamedArgumentDeltasAreRestoredWhole() throws Exception {
        f.upstream.toolArguments = req -> "{\"to\":\"[EMAIL_1]\",\"cc\":\"[PERSON_2]\",\"about\":\"[PERSON_1]\"}";
        try {
            for (long seed = 1; seed <= 6; seed++) {
                f.upstream.seed = seed;
                f.upstream.maxChunk = (int) (1 + seed % 5);
                HttpResponse<String> r = f.post("/v1/chat/completions", f.revealKey, BODY.formatted(true));
                StringBuilder args = new StringBuilder();
                for (String line : r.body().split("\n")) {
                    if (line.startsWith("data: {")) {
                        JsonNode calls = f.json.readTree(line.substring(6)).path("choices").get(0).path("delta").path("tool_calls");
                        for (JsonNode c : calls) {
                            args.append(c.path("function").path("arguments").asText(""));
                        }
                    }
                }
                JsonNode parsed = f.json.readTree(args.toString());
                assertThat(parsed.path("to").asText()).isEqualTo("maria.garcia@example.org");
                assertThat(parsed.path("cc").asText()).isEqualTo("Daniel Hale");
                assertThat(parsed.path("about").asText()).isEqualTo("Maria Garcia");
            }
        } finally {
            f.upstream.toolArguments = null;
        }
    }

    @Test
    void unscannablePartsAreRefused() throws Exception {
        HttpResponse<String> r = f.post("/v1/chat/completions", f.plainKey, """
                {"model":"test-model","messages":[{"role":"user","content":[
                  {"type":"text","text":"what is in this picture?"},
                  {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]}]}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(f.json.readTree(r.body()).path("error").path("code").asText()).isEqualTo("unsupported_content");
        HttpResponse<String> ok = f.post("/v1/chat/completions", f.revealKey, """
                {"model":"test-model","messages":[{"role":"user","content":[
                  {"type":"text","text":"Hello from Maria Garcia"}]}]}""");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }
}
