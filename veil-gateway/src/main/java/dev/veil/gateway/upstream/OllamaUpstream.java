package dev.veil.gateway.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.ChunkStream;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Reply;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ollama's native API ({@code /api/chat}, {@code /api/generate}, {@code /api/embed}), translated to
 * and from OpenAI's shapes, including tool calls (OpenAI sends arguments as JSON strings, Ollama as
 * objects) and NDJSON streaming.
 */
public final class OllamaUpstream implements Upstream {
    private final String name;
    private final Set<String> models;
    private final UpstreamSettings settings;
    private final ConcurrencyLimit limit;
    private final WebClient client;
    private final ObjectMapper json;
    private final AtomicLong ids = new AtomicLong();

    public OllamaUpstream(String name, URI baseUrl, Set<String> models, UpstreamSettings settings, EgressGuard guard,
                          ObjectMapper json) {
        guard.check(baseUrl);
        this.name = name;
        this.models = Set.copyOf(models);
        this.settings = settings;
        this.limit = new ConcurrencyLimit(name, settings.maxConcurrency(), settings.queueTimeout());
        this.json = json;
        String base = baseUrl.toString().replaceAll("/+$", "").replaceAll("/v1$", "") + "/";
        this.client = WebClient.builder().baseUri(base).dnsResolver(new GuardedDnsResolver(guard))
                .connectTimeout(settings.connectTimeout()).readTimeout(settings.timeout()).followRedirects(false)
                // Without TCP_NODELAY a request written in two segments waits for the peer's delayed ACK.
                .socketOptions(o -> o.connectTimeout(settings.connectTimeout()).readTimeout(settings.timeout())
                        .tcpNoDelay(true))
                .build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> models() {
        return models;
    }

    @Override
    public Reply call(Endpoint endpoint, ObjectNode body, boolean stream) {
        ObjectNode req = json.createObjectNode();
        req.put("model", body.path("model").asText());
        String path;
        switch (endpoint) {
            case CHAT -> {
                path = "api/chat";
                req.set("messages", toOllamaMessages(body.path("messages")));
                if (body.has("tools")) {
                    req.set("tools", body.get("tools"));
                }
                if (body.path("response_format").path("type").asText().equals("json_object")) {
                    req.put("format", "json");
                } else if (body.path("response_format").has("json_schema")) {
                    req.set("format", body.path("response_format").path("json_schema").path("schema"));
                }
            }
            case COMPLETIONS -> {
                path = "api/generate";
                req.put("prompt", body.path("prompt").isArray() ? body.path("prompt").path(0).asText()
                        : body.path("prompt").asText());
            }
            default -> {
                path = "api/embed";
                req.set("input", body.get("input"));
            }
        }
        if (endpoint != Endpoint.EMBEDDINGS) {
            req.put("stream", stream);
            ObjectNode options = req.putObject("options");
            copy(body, "temperature", options, "temperature");
            copy(body, "top_p", options, "top_p");
            copy(body, "top_k", options, "top_k");
            copy(body, "seed", options, "seed");
            copy(body, "stop", options, "stop");
            copy(body, body.has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens", options, "num_predict");
        }
        Runnable release = limit.acquire();
        boolean handedOff = false;
        try {
            HttpClientResponse res;
            try {
                res = client.post(path).header(HeaderValues.CONTENT_TYPE_JSON).submit(json.writeValueAsBytes(req));
            } catch (IOException e) {
                throw ApiException.internal("serialization", "could not encode the upstream request");
            } catch (EgressGuard.EgressRefused e) {
                throw ApiException.badGateway("upstream '" + name + "' refused by the egress guard");
            } catch (UncheckedIOException e) {
                throw failure(e);
            }
            if (res.status().code() / 100 != 2) {
                int code = res.status().code();
                res.close();
                throw code == 404 ? ApiException.notFound("model_not_found", "upstream '" + name + "' does not have this model")
                        : ApiException.badGateway("upstream '" + name + "' answered HTTP " + code);
            }
            String id = (endpoint == Endpoint.CHAT ? "chatcmpl-" : "cmpl-") + Long.toString(ids.incrementAndGet(), 36);
            String model = body.path("model").asText();
            if (stream) {
                handedOff = true;
                return new Reply.Stream(new NdjsonStream(res, release, endpoint, id, model));
            }
            try (res) {
                JsonNode n = json.readTree(res.inputStream());
                return new Reply.Json(200, toOpenAi(endpoint, n, id, model));
            } catch (IOException | UncheckedIOException e) {
                throw failure(e);
            }
        } finally {
            if (!handedOff) {
                release.run();
            }
        }
    }

    private ArrayNode toOllamaMessages(JsonNode messages) {
        ArrayNode out = json.createArrayNode();
        for (JsonNode m : messages) {
            ObjectNode o = out.addObject();
            o.put("role", m.path("role").asText().equals("developer") ? "system" : m.path("role").asText());
            JsonNode c = m.get("content");
            StringBuilder text = new StringBuilder();
            if (c != null && c.isTextual()) {
                text.append(c.asText());
            } else if (c != null && c.isArray()) {
                c.forEach(p -> text.append(p.path("text").asText("")));
            }
            o.put("content", text.toString());
            if (m.get("tool_calls") instanceof ArrayNode calls) {
                ArrayNode tc = o.putArray("tool_calls");
                for (JsonNode call : calls) {
                    ObjectNode fn = tc.addObject().putObject("function");
                    fn.put("name", call.path("function").path("name").asText());
                    try {
                        fn.set("arguments", json.readTree(call.path("function").path("arguments").asText("{}")));
                    } catch (IOException e) {
                        fn.putObject("arguments");
                    }
                }
            }
        }
        return out;
    }

    private ObjectNode toOpenAi(Endpoint endpoint, JsonNode n, String id, String model) throws IOException {
        ObjectNode o = json.createObjectNode();
        if (endpoint == Endpoint.EMBEDDINGS) {
            o.put("object", "list");
            ArrayNode data = o.putArray("data");
            int i = 0;
            for (JsonNode e : n.path("embeddings")) {
                data.addObject().put("object", "embedding").put("index", i++).set("embedding", e);
            }
            o.put("model", model);
            return o;
        }
        o.put("id", id).put("object", endpoint == Endpoint.CHAT ? "chat.completion" : "text_completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", model);
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        if (endpoint == Endpoint.CHAT) {
            ObjectNode msg = choice.putObject("message").put("role", "assistant")
                    .put("content", n.path("message").path("content").asText(""));
            if (n.path("message").get("tool_calls") instanceof ArrayNode calls && !calls.isEmpty()) {
                ArrayNode tc = msg.putArray("tool_calls");
                int i = 0;
                for (JsonNode call : calls) {
                    ObjectNode t = tc.addObject().put("id", "call_" + id + "_" + i++).put("type", "function");
                    t.putObject("function").put("name", call.path("function").path("name").asText())
                            .put("arguments", json.writeValueAsString(call.path("function").path("arguments")));
                }
            }
        } else {
            choice.put("text", n.path("response").asText(""));
        }
        choice.put("finish_reason", n.path("done_reason").asText("stop"));
        long p = n.path("prompt_eval_count").asLong(0);
        long e = n.path("eval_count").asLong(0);
        o.putObject("usage").put("prompt_tokens", p).put("completion_tokens", e).put("total_tokens", p + e);
        return o;
    }

    private static void copy(JsonNode from, String f, ObjectNode to, String t) {
        if (from.has(f) && !from.get(f).isNull()) {
            to.set(t, from.get(f));
        }
    }

    private ApiException failure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return ApiException.gatewayTimeout("upstream '" + name + "' did not answer in time");
            }
        }
        return ApiException.badGateway("upstream '" + name + "' failed");
    }

    /** Ollama streams one JSON object per line; each becomes an OpenAI chunk. */
    private final class NdjsonStream implements ChunkStream {
        private final HttpClientResponse res;
        private final Runnable release;
        private final BufferedReader reader;
        private final Endpoint endpoint;
        private final String id;
        private final String model;
        private boolean first = true;
        private boolean done;

        NdjsonStream(HttpClientResponse res, Runnable release, Endpoint endpoint, String id, String model) {
            this.res = res;
            this.release = release;
            this.reader = new BufferedReader(new InputStreamReader(res.inputStream(), StandardCharsets.UTF_8));
            this.endpoint = endpoint;
            this.id = id;
            this.model = model;
        }

        @Override
        public ObjectNode next() {
            if (done) {
                return null;
            }
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    if (n.has("error")) {
                        done = true;
                        throw ApiException.badGateway("upstream '" + name + "' reported an error mid-stream");
                    }
                    boolean last = n.path("done").asBoolean(false);
                    String piece = endpoint == Endpoint.CHAT ? n.path("message").path("content").asText("")
                            : n.path("response").asText("");
                    ObjectNode c = json.createObjectNode();
                    c.put("id", id).put("object", endpoint == Endpoint.CHAT ? "chat.completion.chunk" : "text_completion")
                            .put("created", System.currentTimeMillis() / 1000).put("model", model);
                    ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
                    if (endpoint == Endpoint.CHAT) {
                        ObjectNode delta = choice.putObject("delta");
                        if (first) {
                            delta.put("role", "assistant");
                        }
                        delta.put("content", piece);
                    } else {
                        choice.put("text", piece);
                    }
                    first = false;
                    if (last) {
                        done = true;
                        choice.put("finish_reason", n.path("done_reason").asText("stop"));
                    } else {
                        choice.putNull("finish_reason");
                    }
                    return c;
                }
                done = true;
                return null;
            } catch (IOException | UncheckedIOException e) {
                done = true;
                throw failure(e);
            }
        }

        @Override
        public void close() {
            try {
                res.close();
            } finally {
                release.run();
            }
        }
    }

    @Override
    public void close() {
        client.closeResource();
    }
}
