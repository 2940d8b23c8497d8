package dev.veil.gateway.mask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.detect.Analyzer;
import dev.veil.detect.DetectionException;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.auth.Principal;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.restore.RestorePlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks every scannable string of an OpenAI request: message texts and text parts, names, refusals,
 * tool-call arguments (parsed as JSON so they stay valid JSON), tool results, completion prompts and
 * embedding inputs. Values are replaced by tokens from the {@link TokenSource}, all issued in one
 * batch per request; the {@link RestorePlan} for the caller is built at the same time.
 *
 * <p>Guarantees: the returned body is a new tree (the input is not modified) that contains no span
 * the analyzer found; a blocked type, an unscannable part (unless allowed) or a detection failure
 * throws before anything is returned, so the caller never forwards a half-masked request.
 * Thread-safe.
 */
public final class RequestMasker {
    private final java.util.function.Function<String, List<Finding>> analyzer;
    private final TokenSource tokens;
    private final GatewayPolicy policy;
    private final ObjectMapper json;

    public RequestMasker(Analyzer analyzer, TokenSource tokens, GatewayPolicy policy, ObjectMapper json) {
        this(analyzer::analyze, tokens, policy, json);
    }

    /** With a custom analysis function, e.g. an {@link AnalysisCache}. */
    public RequestMasker(java.util.function.Function<String, List<Finding>> analyzer, TokenSource tokens,
                         GatewayPolicy policy, ObjectMapper json) {
        this.analyzer = analyzer;
        this.tokens = tokens;
        this.policy = policy;
        this.json = json;
    }

    /** The result of masking one request. */
    public record Masked(ObjectNode body, RestorePlan plan, Map<EntityType, Integer> counts, List<String> issuedTokens) {
    }

    public Masked mask(Endpoint endpoint, ObjectNode original, Scope scope, Principal principal) {
        ObjectNode body = original.deepCopy();
        List<TextSlot> slots = new ArrayList<>();
        List<JsonArgs> args = new ArrayList<>();
        switch (endpoint) {
            case CHAT -> collectChat(body, slots, args);
            case COMPLETIONS -> {
                collectStringOrArray(body, "prompt", slots);
                collectText(body, "suffix", slots);
            }
            case EMBEDDINGS -> collectStringOrArray(body, "input", slots);
        }
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        Map<Key, String> issued = new LinkedHashMap<>();
        for (TextSlot s : slots) {
            try {
                s.findings = analyzer.apply(s.text);
            } catch (DetectionException e) {
                throw ApiException.internal("detection_failed", "detection failed; the request was not forwarded");
            }
            for (Finding f : s.findings) {
                if (policy.block().contains(f.type())) {
                    throw new ApiException(400, "invalid_request_error", "blocked_by_policy",
                            "request blocked by policy: it contains a " + f.type() + "; remove it and retry");
                }
                counts.merge(f.type(), 1, Integer::sum);
                issued.putIfAbsent(new Key(f.type(), f.textIn(s.text)), null);
            }
        }
        RestorePlan.Builder plan = RestorePlan.builder();
        if (!issued.isEmpty()) {
            List<EntityType> types = new ArrayList<>(issued.size());
            List<SecretValue> values = new ArrayList<>(issued.size());
            for (Key k : issued.keySet()) {
                types.add(k.type());
                values.add(SecretValue.of(k.value()));
            }
            List<String> toks = tokens.tokens(scope, types, values);
            int i = 0;
            for (Map.Entry<Key, String> e : issued.entrySet()) {
                String token = toks.get(i++);
                e.setValue(token);
                EntityType t = e.getKey().type();
                if (principal != null && principal.mayReveal(t)) {
                    plan.reveal(token, e.getKey().value());
                } else if (policy.maskedForms().containsKey(t)) {
                    plan.maskAs(token, policy.maskedForms().get(t));
                }
            }
            for (TextSlot s : slots) {
                if (!s.findings.isEmpty()) {
                    s.set(rewrite(s.text, s.findings, issued));
                }
            }
        }
        for (JsonArgs a : args) {
            try {
                a.slot().set(json.writeValueAsString(a.tree()));
            } catch (IOException e) {
                throw ApiException.internal("serialization", "could not re-encode tool-call arguments");
            }
        }
        return new Masked(body, plan.build(), counts, List.copyOf(issued.values()));
    }

    private record Key(EntityType type, String value) {
        @Override
        public String toString() {
            return "Key[" + type + "]";
        }
    }

    private record JsonArgs(TextSlot slot, JsonNode tree) {
    }

    private static String rewrite(String text, List<Finding> findings, Map<Key, String> issued) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Finding f : findings) {
            sb.append(text, at, f.start());
            sb.append(issued.get(new Key(f.type(), f.textIn(text))));
            at = f.end();
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }

    // ---- walking the OpenAI request shapes ----

    private void collectChat(ObjectNode body, List<TextSlot> slots, List<JsonArgs> args) {
        JsonNode messages = body.get("messages");
        if (!(messages instanceof ArrayNode arr)) {
            return; // validated earlier
        }
        for (JsonNode m : arr) {
            if (!(m instanceof ObjectNode msg)) {
                continue;
            }
            JsonNode content = msg.get("content");
            if (content != null && content.isTextual()) {
                slots.add(TextSlot.field(msg, "content", content.asText()));
            } else if (content instanceof ArrayNode parts) {
                collectParts(parts, slots);
            }
            collectText(msg, "name", slots);
            collectText(msg, "refusal", slots);
            collectText(msg, "reasoning_content", slots);
            JsonNode calls = msg.get("tool_calls");
            if (calls instanceof ArrayNode callArr) {
                for (JsonNode c : callArr) {
                    if (c.get("function") instanceof ObjectNode fn) {
                        collectArguments(fn, slots, args);
                    }
                }
            }
            if (msg.get("function_call") instanceof ObjectNode fc) {
                collectArguments(fc, slots, args);
            }
        }
    }

    private void collectParts(ArrayNode parts, List<TextSlot> slots) {
        for (JsonNode p : parts) {
            if (!(p instanceof ObjectNode part)) {
                continue;
            }
            String type = part.path("type").asText("");
            if (type.equals("text") || type.equals("input_text")) {
                collectText(part, "text", slots);
            } else if (type.equals("refusal")) {
                collectText(part, "refusal", slots);
            } else if (!policy.allowUnscannableParts()) {
                throw ApiException.badRequest("unsupported_content", "messages",
                        "content parts of type '" + safeType(type) + "' cannot be scanned and are refused by policy");
            }
        }
    }

    private void collectArguments(ObjectNode fn, List<TextSlot> slots, List<JsonArgs> args) {
        JsonNode a = fn.get("arguments");
        if (a == null || !a.isTextual()) {
            return;
        }
        TextSlot whole = TextSlot.field(fn, "arguments", a.asText());
        JsonNode tree;
        try {
            tree = json.readTree(a.asText());
        } catch (IOException e) {
            tree = null;
        }
        if (tree == null || !(tree.isObject() || tree.isArray())) {
            slots.add(whole); // not JSON: mask as text (tokens contain no JSON metacharacters)
            return;
        }
        collectLeaves(tree, slots);
        args.add(new JsonArgs(whole, tree));
    }

    private static void collectLeaves(JsonNode node, List<TextSlot> slots) {
        if (node instanceof ObjectNode o) {
            var it = o.properties().iterator();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            it.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                if (e.getValue().isTextual()) {
                    slots.add(TextSlot.field(o, e.getKey(), e.getValue().asText()));
                } else {
                    collectLeaves(e.getValue(), slots);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isTextual()) {
                    slots.add(TextSlot.element(arr, i, arr.get(i).asText()));
                } else {
                    collectLeaves(arr.get(i), slots);
                }
            }
        }
    }

    private void collectStringOrArray(ObjectNode body, String field, List<TextSlot> slots) {
        JsonNode v = body.get(field);
        if (v == null) {
            return;
        }
        if (v.isTextual()) {
            slots.add(TextSlot.field(body, field, v.asText()));
            return;
        }
        if (v instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode e = arr.get(i);
                if (e.isTextual()) {
                    slots.add(TextSlot.element(arr, i, e.asText()));
                } else if (!policy.allowUnscannableParts()) {
                    throw ApiException.badRequest("unsupported_content", field,
                            "'" + field + "' holds token ids, which cannot be scanned; send text instead");
                }
            }
        }
    }

    private static void collectText(ObjectNode o, String field, List<TextSlot> slots) {
        JsonNode v = o.get(field);
        if (v != null && v.isTextual() && !v.asText().isEmpty()) {
            slots.add(TextSlot.field(o, field, v.asText()));
        }
    }

    private static String safeType(String type) {
        return type.matches("[a-z_]{1,32}") ? type : "?";
    }
}
