package dev.veil.gateway.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.chain.ChunkStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Restores a streamed answer chunk by chunk. Each streamed field (per choice: {@code delta.content},
 * {@code delta.reasoning_content}, {@code delta.refusal}, completion {@code text}, and each tool
 * call's {@code function.arguments}) gets its own {@link StreamingRestorer}, so a token split across
 * chunks is restored whole and never emitted in part. Held text is flushed into the chunk that
 * carries the choice's {@code finish_reason}, or into a final synthetic chunk if the upstream ends
 * (or fails) without one.
 */
public final class RestoringChunkStream implements ChunkStream {
    private final ChunkStream upstream;
    private final RestorePlan plan;
    private final InventedTokenCounter invented;
    private final Map<String, StreamingRestorer> restorers = new HashMap<>();
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private ObjectNode template;
    private boolean ended;

    public RestoringChunkStream(ChunkStream upstream, RestorePlan plan, InventedTokenCounter invented) {
        this.upstream = upstream;
        this.plan = plan;
        this.invented = invented;
    }

    @Override
    public ObjectNode next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (ended) {
            return null;
        }
        ObjectNode chunk;
        try {
            chunk = upstream.next();
        } catch (RuntimeException e) {
            ended = true;
            ObjectNode tail = flushAll();
            if (tail != null) {
                pending.add(tail);
            }
            throw e;
        }
        if (chunk == null) {
            ended = true;
            return flushAll();
        }
        if (template == null) {
            template = chunk;
        }
        restoreChunk(chunk);
        return chunk;
    }

    private void restoreChunk(ObjectNode chunk) {
        if (!(chunk.get("choices") instanceof ArrayNode choices)) {
            return;
        }
        for (JsonNode c : choices) {
            if (!(c instanceof ObjectNode choice)) {
                continue;
            }
            int idx = choice.path("index").asInt(0);
            restoreField(choice, "text", idx + "/text", false);
            if (choice.get("delta") instanceof ObjectNode delta) {
                restoreField(delta, "content", idx + "/content", false);
                restoreField(delta, "reasoning_content", idx + "/reasoning", false);
                restoreField(delta, "refusal", idx + "/refusal", false);
                if (delta.get("tool_calls") instanceof ArrayNode calls) {
                    for (JsonNode call : calls) {
                        if (call instanceof ObjectNode callObj && callObj.get("function") instanceof ObjectNode fn) {
                            int t = callObj.path("index").asInt(0);
                            restoreField(fn, "arguments", idx + "/tool/" + t, true);
                        }
                    }
                }
            }
            JsonNode finish = choice.get("finish_reason");
            if (finish != null && !finish.isNull()) {
                flushChoice(choice, idx);
            }
        }
    }

    private void restoreField(ObjectNode o, String field, String key, boolean json) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            return;
        }
        invented.accept(v.asText());
        if (plan.isEmpty()) {
            return;
        }
        StreamingRestorer r = restorers.computeIfAbsent(key, k -> json ? plan.streamingInJson() : plan.streaming());
        o.put(field, r.feed(v.asText()));
    }

    /** Appends the held text of every field of choice {@code idx} to this (finishing) chunk. */
    private void flushChoice(ObjectNode choice, int idx) {
        String prefix = idx + "/";
        for (Map.Entry<String, StreamingRestorer> e : restorers.entrySet()) {
            if (!e.getKey().startsWith(prefix) || e.getValue().held() == 0) {
                continue;
            }
            appendFlushed(choice, e.getKey().substring(prefix.length()), e.getValue().finish());
        }
    }

    private static void appendFlushed(ObjectNode choice, String field, String text) {
        if (field.equals("text")) {
            choice.put("text", choice.path("text").asText("") + text);
            return;
        }
        ObjectNode delta = choice.get("delta") instanceof ObjectNode d ? d : choice.putObject("delta");
        switch (field) {
            case "content" -> delta.put("content", delta.path("content").asText("") + text);
            case "reasoning" -> delta.put("reasoning_content", delta.path("reasoning_content").asText("") + text);
            case "refusal" -> delta.put("refusal", delta.path("refusal").asText("") + text);
            default -> { // tool/<n>
                int t = Integer.parseInt(field.substring(field.indexOf('/') + 1));
                ArrayNode calls = delta.get("tool_calls") instanceof ArrayNode a ? a : delta.putArray("tool_calls");
                ObjectNode call = calls.addObject();
                call.put("index", t);
                call.putObject("function").put("arguments", text);
            }
        }
    }

    /** A synthetic chunk carrying everything still held, or null if nothing is held. */
    private ObjectNode flushAll() {
        boolean any = restorers.values().stream().anyMatch(r -> r.held() > 0);
        if (!any) {
            return null;
        }
        ObjectNode chunk = JsonNodeFactory.instance.objectNode();
        if (template != null) {
            for (String f : new String[] {"id", "object", "created", "model"}) {
                if (template.has(f)) {
                    chunk.set(f, template.get(f));
                }
            }
        }
        ArrayNode choices = chunk.putArray("choices");
        Map<Integer, ObjectNode> byIndex = new HashMap<>();
        for (Map.Entry<String, StreamingRestorer> e : restorers.entrySet()) {
            if (e.getValue().held() == 0) {
                continue;
            }
            String key = e.getKey();
            int idx = Integer.parseInt(key.substring(0, key.indexOf('/')));
            ObjectNode choice = byIndex.computeIfAbsent(idx, i -> {
                ObjectNode c = choices.addObject();
                c.put("index", i);
                c.putObject("delta");
                c.putNull("finish_reason");
                return c;
            });
            appendFlushed(choice, key.substring(key.indexOf('/') + 1), e.getValue().finish());
        }
        return chunk;
    }

    @Override
    public void close() {
        upstream.close();
    }
}
