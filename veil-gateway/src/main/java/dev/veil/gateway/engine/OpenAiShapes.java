package dev.veil.gateway.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.chain.Endpoint;

/** Builds OpenAI response objects for answers produced in-process. */
final class OpenAiShapes {
    private OpenAiShapes() {
    }

    static ObjectNode completion(ObjectMapper json, Endpoint endpoint, String id, long created, String model, String text,
                                 int promptTokens, int completionTokens) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("object", endpoint == Endpoint.CHAT ? "chat.completion" : "text_completion");
        o.put("created", created);
        o.put("model", model);
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        if (endpoint == Endpoint.CHAT) {
            choice.putObject("message").put("role", "assistant").put("content", text);
        } else {
            choice.put("text", text);
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        o.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return o;
    }

    static ObjectNode chunk(ObjectMapper json, Endpoint endpoint, String id, long created, String model, String text,
                            boolean roleChunk, String finish) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("object", endpoint == Endpoint.CHAT ? "chat.completion.chunk" : "text_completion");
        o.put("created", created);
        o.put("model", model);
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        if (endpoint == Endpoint.CHAT) {
            ObjectNode delta = choice.putObject("delta");
            if (roleChunk) {
                delta.put("role", "assistant");
            }
            if (finish == null) {
                delta.put("content", text);
            }
        } else {
            choice.put("text", text);
        }
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return o;
    }
}
