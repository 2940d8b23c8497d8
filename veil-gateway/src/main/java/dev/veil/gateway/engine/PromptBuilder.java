package dev.veil.gateway.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kherud.llama.InferenceParameters;
import de.kherud.llama.Pair;
import dev.veil.gateway.api.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an OpenAI request into llama.cpp inference parameters. Chat messages go through the model's
 * own chat template when its GGUF file ships one; a base model without a template gets the message
 * texts joined by blank lines (so a single user message is the raw prompt). Sampling follows the
 * request: temperature 0 is greedy decoding.
 */
final class PromptBuilder {
    static final int DEFAULT_MAX_TOKENS = 256;

    private PromptBuilder() {
    }

    static String chatPrompt(ObjectNode body, boolean hasTemplate, TemplateApplier template) {
        List<Pair<String, String>> msgs = new ArrayList<>();
        String system = null;
        for (JsonNode m : body.path("messages")) {
            String role = m.path("role").asText();
            String content = text(m.get("content"));
            if ((role.equals("system") || role.equals("developer")) && hasTemplate && system == null) {
                system = content;
            } else {
                msgs.add(new Pair<>(role.equals("developer") ? "system" : role, content));
            }
        }
        if (!hasTemplate) {
            StringBuilder sb = new StringBuilder();
            if (system != null) {
                sb.append(system);
            }
            for (Pair<String, String> p : msgs) {
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(p.getValue());
            }
            return sb.toString();
        }
        return template.apply(new InferenceParameters("").setMessages(system, msgs));
    }

    /** The text of a message's content: a string, or the text parts of an array. */
    static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("type").asText().equals("text")) {
                sb.append(part.path("text").asText());
            }
        }
        return sb.toString();
    }

    static InferenceParameters params(String prompt, ObjectNode body) {
        InferenceParameters p = new InferenceParameters(prompt);
        double temperature = body.path("temperature").asDouble(1.0);
        p.setTemperature((float) temperature);
        if (body.has("top_p")) {
            p.setTopP((float) body.get("top_p").asDouble());
        }
        if (body.has("top_k")) {
            p.setTopK(body.get("top_k").asInt());
        }
        int max = body.has("max_completion_tokens") ? body.get("max_completion_tokens").asInt()
                : body.path("max_tokens").asInt(DEFAULT_MAX_TOKENS);
        if (max < 1 || max > 32768) {
            throw ApiException.badRequest("invalid_max_tokens", "max_tokens", "max_tokens must be between 1 and 32768");
        }
        p.setNPredict(max);
        if (body.has("seed")) {
            p.setSeed(body.get("seed").asInt());
        }
        JsonNode stop = body.get("stop");
        if (stop != null && stop.isTextual()) {
            p.setStopStrings(stop.asText());
        } else if (stop != null && stop.isArray()) {
            List<String> s = new ArrayList<>();
            stop.forEach(n -> s.add(n.asText()));
            p.setStopStrings(s.toArray(String[]::new));
        }
        return p;
    }

    /** Applies the model's chat template (a seam for tests). */
    @FunctionalInterface
    interface TemplateApplier {
        String apply(InferenceParameters params);
    }
}
