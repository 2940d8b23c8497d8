package dev.veil.gateway.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Puts values back into a complete (non-streamed) OpenAI answer, following the request's
 * {@link RestorePlan}: message content, reasoning content, refusals, tool-call arguments (with
 * JSON escaping, so arguments stay valid JSON) and completion texts. Modifies the given tree.
 */
public final class ResponseRestorer {
    private ResponseRestorer() {
    }

    public static void restore(ObjectNode answer, RestorePlan plan, InventedTokenCounter invented) {
        JsonNode choices = answer.get("choices");
        if (!(choices instanceof ArrayNode arr)) {
            return;
        }
        for (JsonNode c : arr) {
            if (!(c instanceof ObjectNode choice)) {
                continue;
            }
            restoreText(choice, "text", plan, invented);
            if (choice.get("message") instanceof ObjectNode msg) {
                restoreText(msg, "content", plan, invented);
                restoreText(msg, "reasoning_content", plan, invented);
                restoreText(msg, "refusal", plan, invented);
                if (msg.get("tool_calls") instanceof ArrayNode calls) {
                    for (JsonNode call : calls) {
                        if (call.get("function") instanceof ObjectNode fn) {
                            restoreJson(fn, plan, invented);
                        }
                    }
                }
                if (msg.get("function_call") instanceof ObjectNode fc) {
                    restoreJson(fc, plan, invented);
                }
            }
        }
    }

    private static void restoreText(ObjectNode o, String field, RestorePlan plan, InventedTokenCounter invented) {
        JsonNode v = o.get(field);
        if (v != null && v.isTextual()) {
            invented.accept(v.asText());
            if (!plan.isEmpty()) {
                o.put(field, plan.restoreAll(v.asText()));
            }
        }
    }

    private static void restoreJson(ObjectNode fn, RestorePlan plan, InventedTokenCounter invented) {
        JsonNode v = fn.get("arguments");
        if (v != null && v.isTextual()) {
            invented.accept(v.asText());
            if (!plan.isEmpty()) {
                fn.put("arguments", plan.restoreAllInJson(v.asText()));
            }
        }
    }
}
