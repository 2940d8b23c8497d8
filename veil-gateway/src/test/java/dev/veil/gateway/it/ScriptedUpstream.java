package dev.veil.gateway.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A deterministic OpenAI-compatible upstream for tests, on a real loopback port. It records every
 * body it receives and answers with {@code answer.apply(requestBody)}; streamed answers are split
 * at pseudo-random points (seeded), even inside tokens.
 */
final class ScriptedUpstream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    final List<String> received = new CopyOnWriteArrayList<>();
    volatile Function<JsonNode, String> answer = ScriptedUpstream::echoLastUser;
    volatile long seed = 42;
    volatile int maxChunk = 7;
    volatile boolean dropDone;

    ScriptedUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/completions", this::completion);
        server.createContext("/v1/embeddings", this::embeddings);
        server.createContext("/v1/models", ex -> send(ex, 200, "{\"object\":\"list\",\"data\":[]}"));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    static String echoLastUser(JsonNode req) {
        ArrayNode msgs = (ArrayNode) req.get("messages");
        for (int i = msgs.size() - 1; i >= 0; i--) {
            if (msgs.get(i).path("role").asText().equals("user")) {
                return "You said: " + msgs.get(i).path("content").asText();
            }
        }
        return "nothing";
    }

    private void chat(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(body);
        JsonNode req = JSON.readTree(body);
        String text = answer.apply(req);
        if (req.path("stream").asBoolean(false)) {
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                writeEvent(out, chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
                Random rnd = new Random(seed);
                int i = 0;
                while (i < text.length()) {
                    int len = 1 + rnd.nextInt(Math.min(maxChunk, text.length() - i));
                    ObjectNode delta = JSON.createObjectNode().put("content", text.substring(i, i + len));
                    writeEvent(out, chunk(JSON.writeValueAsString(delta), null));
                    i += len;
                }
                writeEvent(out, chunk("{}", "stop"));
                if (!dropDone) {
                    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            return;
        }
        ObjectNode res = JSON.createObjectNode();
        res.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", req.path("model").asText());
        ObjectNode choice = res.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", "stop");
        res.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        send(ex, 200, JSON.writeValueAsString(res));
    }

    private static String chunk(String delta, String finish) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":" + delta + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
    }

    private static void writeEvent(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void completion(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(body);
        JsonNode req = JSON.readTree(body);
        ObjectNode res = JSON.createObjectNode();
        res.put("id", "cmpl-1").put("object", "text_completion").put("created", 1).put("model", req.path("model").asText());
        ObjectNode choice = res.putArray("choices").addObject();
        choice.put("index", 0).put("text", "echo " + req.path("prompt").asText()).put("finish_reason", "stop");
        send(ex, 200, JSON.writeValueAsString(res));
    }

    private void embeddings(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(body);
        send(ex, 200, "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.1,0.2]}],"
                + "\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}");
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
