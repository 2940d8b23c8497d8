package dev.veil.gateway.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Exchange;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;
import dev.veil.monitor.RequestInfo;
import dev.veil.monitor.screen.Detection;
import dev.veil.monitor.screen.InputScreener;
import dev.veil.monitor.screen.ScreenResult;
import java.util.stream.Collectors;

/**
 * Input screening before anything is masked or sent: prompt injection, hidden text and
 * exfiltration asks in user messages and tool results (indirect injection arrives through tools).
 * A block answers 400 naming only the rules that fired; a mask (invisible characters, encoded
 * instructions) rewrites the text. System and developer messages come from the application and
 * are not screened. Credentials are handled by the masking step with the full analyzer.
 */
public final class ScreenInterceptor implements Interceptor {
    private final InputScreener screener;

    public ScreenInterceptor(InputScreener screener) {
        this.screener = screener;
    }

    @Override
    public Reply intercept(Chain chain) {
        Exchange ex = chain.exchange();
        RequestInfo info = RequestInfo.of(ex.principal().keyId(), ex.requestId(), null);
        ObjectNode body = ex.body();
        ObjectNode copy = null;
        if (ex.endpoint() == Endpoint.CHAT && body.get("messages") instanceof ArrayNode msgs) {
            for (int i = 0; i < msgs.size(); i++) {
                JsonNode m = msgs.get(i);
                String role = m.path("role").asText();
                if (!role.equals("user") && !role.equals("tool") && !role.equals("function")) {
                    continue;
                }
                JsonNode content = m.get("content");
                if (content != null && content.isTextual()) {
                    String screened = screen(content.asText(), info, ex);
                    if (!screened.equals(content.asText())) {
                        copy = copy == null ? body.deepCopy() : copy;
                        ((ObjectNode) copy.get("messages").get(i)).put("content", screened);
                    }
                } else if (content instanceof ArrayNode parts) {
                    for (int p = 0; p < parts.size(); p++) {
                        JsonNode text = parts.get(p).get("text");
                        if (text != null && text.isTextual()) {
                            String screened = screen(text.asText(), info, ex);
                            if (!screened.equals(text.asText())) {
                                copy = copy == null ? body.deepCopy() : copy;
                                ((ObjectNode) copy.get("messages").get(i).get("content").get(p)).put("text", screened);
                            }
                        }
                    }
                }
            }
        } else if (ex.endpoint() == Endpoint.COMPLETIONS && body.path("prompt").isTextual()) {
            String prompt = body.get("prompt").asText();
            String screened = screen(prompt, info, ex);
            if (!screened.equals(prompt)) {
                copy = body.deepCopy();
                copy.put("prompt", screened);
            }
        }
        return chain.proceed(copy == null ? ex : ex.withBody(copy));
    }

    private String screen(String text, RequestInfo info, Exchange ex) {
        ScreenResult r = screener.screen(text, info);
        if (r.outcome() != ScreenResult.Outcome.ALLOWED) {
            ex.facts().decision("screen:" + r.outcome().name().toLowerCase(java.util.Locale.ROOT));
            r.detections().stream().map(Detection::rule).distinct().forEach(rule -> ex.facts().decision("rule:" + rule));
        }
        if (r.blocked()) {
            String rules = r.detections().stream().map(Detection::rule).distinct().sorted().collect(Collectors.joining(", "));
            throw new ApiException(400, "invalid_request_error", "prompt_rejected",
                    "request blocked by input screening (rules: " + rules + ")");
        }
        return r.text();
    }
}
