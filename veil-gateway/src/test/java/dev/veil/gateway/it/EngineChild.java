package dev.veil.gateway.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.engine.EmbeddedLlamaUpstream;
import java.nio.file.Path;

/** Child process for the parallel-load test: loads the engine, completes greedily, prints the text, exits. */
public final class EngineChild {
    public static void main(String[] args) {
        ObjectMapper json = new ObjectMapper();
        EmbeddedLlamaUpstream engine = new EmbeddedLlamaUpstream("stories260K", Path.of(args[0]), Path.of(args[1]), 1, 256,
                1, json);
        ObjectNode body = json.createObjectNode().put("model", "stories260K").put("prompt", "Once upon a time")
                .put("max_tokens", 16).put("temperature", 0);
        Reply.Json r = (Reply.Json) engine.call(Endpoint.COMPLETIONS, body, false);
        System.out.println("TEXT=" + r.body().path("choices").get(0).path("text").asText());
        engine.close();
        System.exit(0); // java-llama.cpp leaves a non-daemon native thread; exit explicitly
    }
}
