package dev.veil.gateway.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.Endpoint;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/**
 * Parses and checks an OpenAI request body before anything else looks at it: valid UTF-8 JSON
 * object, bounded nesting and string sizes, known top-level fields only (like OpenAI, which answers
 * 400 to an unrecognized argument), the fields each endpoint needs, with the right JSON types.
 * Error messages name fields only when the name is a plain identifier; they never quote content.
 */
public final class RequestValidator {
    /** OpenAI Chat Completions parameters, plus common sampling extensions of local servers. */
    static final Set<String> CHAT_FIELDS = Set.of("model", "messages", "audio", "frequency_penalty", "function_call",
            "functions", "logit_bias", "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities", "n",
            "parallel_tool_calls", "prediction", "presence_penalty", "prompt_cache_key", "reasoning_effort",
            "response_format", "safety_identifier", "seed", "service_tier", "stop", "store", "stream", "stream_options",
            "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity", "web_search_options",
            "top_k", "min_p", "repetition_penalty", Conversation.BODY_FIELD);
    static final Set<String> COMPLETION_FIELDS = Set.of("model", "prompt", "best_of", "echo", "frequency_penalty",
            "logit_bias", "logprobs", "max_tokens", "n", "presence_penalty", "seed", "stop", "stream", "stream_options",
            "suffix", "temperature", "top_p", "user", "top_k", "min_p", "repetition_penalty", Conversation.BODY_FIELD);
    static final Set<String> EMBEDDING_FIELDS = Set.of("model", "input", "dimensions", "encoding_format", "user",
            Conversation.BODY_FIELD);
    static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    private final ObjectMapper json;
    private final int maxMessages;

    public RequestValidator(int maxStringChars, int maxMessages) {
        this.maxMessages = maxMessages;
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(maxStringChars).maxNumberLength(100).build()).build();
        this.json = new ObjectMapper(f);
    }

    /** A parsed, checked request. */
    public record Parsed(ObjectNode body, String model, boolean stream) {
    }

    public Parsed parse(Endpoint endpoint, byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw ApiException.badRequest("invalid_json", "the request body is empty; send a JSON object");
        }
        JsonNode root;
        try {
            root = json.readTree(raw);
        } catch (IOException e) {
            String why = e.getMessage() != null && e.getMessage().contains("exceeds") ? "a value exceeds the size limits"
                    : "the request body is not valid JSON (or not UTF-8)";
            throw ApiException.badRequest("invalid_json", why);
        }
        if (!(root instanceof ObjectNode body)) {
            throw ApiException.badRequest("invalid_json", "the request body must be a JSON object");
        }
        Set<String> known = switch (endpoint) {
            case CHAT -> CHAT_FIELDS;
            case COMPLETIONS -> COMPLETION_FIELDS;
            case EMBEDDINGS -> EMBEDDING_FIELDS;
        };
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                String shown = f.matches("[A-Za-z_][A-Za-z0-9_]{0,40}") ? f : null;
                throw ApiException.badRequest("unknown_parameter", shown,
                        "Unrecognized request argument supplied" + (shown == null ? "" : ": " + shown));
            }
        }
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank() || model.asText().length() > 256) {
            throw ApiException.badRequest("missing_model", "model", "'model' must be a non-empty string");
        }
        JsonNode stream = body.get("stream");
        if (stream != null && !stream.isBoolean() && !stream.isNull()) {
            throw ApiException.badRequest("invalid_type", "stream", "'stream' must be a boolean");
        }
        switch (endpoint) {
            case CHAT -> checkMessages(body.get("messages"));
            case COMPLETIONS -> requireTextOrList(body, "prompt");
            case EMBEDDINGS -> requireTextOrList(body, "input");
        }
        if (endpoint == Endpoint.EMBEDDINGS && stream != null && stream.asBoolean()) {
            throw ApiException.badRequest("invalid_type", "stream", "embeddings cannot be streamed");
        }
        return new Parsed(body, model.asText(), stream != null && stream.asBoolean());
    }

    private void checkMessages(JsonNode messages) {
        if (!(messages instanceof ArrayNode arr) || arr.isEmpty()) {
            throw ApiException.badRequest("invalid_messages", "messages", "'messages' must be a non-empty array");
        }
        if (arr.size() > maxMessages) {
            throw ApiException.badRequest("too_many_messages", "messages", "at most " + maxMessages + " messages per request");
        }
        for (JsonNode m : arr) {
            if (!(m instanceof ObjectNode msg)) {
                throw ApiException.badRequest("invalid_messages", "messages", "each message must be an object");
            }
            JsonNode role = msg.get("role");
            if (role == null || !role.isTextual() || !ROLES.contains(role.asText())) {
                throw ApiException.badRequest("invalid_role", "messages",
                        "each message needs a role: system, developer, user, assistant, tool or function");
            }
            JsonNode content = msg.get("content");
            if (content != null && !content.isNull() && !content.isTextual() && !content.isArray()) {
                throw ApiException.badRequest("invalid_content", "messages",
                        "message content must be a string, an array of parts or null");
            }
            JsonNode calls = msg.get("tool_calls");
            if (calls != null && !calls.isNull() && !calls.isArray()) {
                throw ApiException.badRequest("invalid_tool_calls", "messages", "tool_calls must be an array");
            }
        }
    }

    private static void requireTextOrList(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !(v.isTextual() || v.isArray())) {
            throw ApiException.badRequest("missing_" + field, field, "'" + field + "' must be a string or an array");
        }
    }
}
