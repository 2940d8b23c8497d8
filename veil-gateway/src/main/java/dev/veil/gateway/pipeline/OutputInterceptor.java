package dev.veil.gateway.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.chain.ChunkStream;
import dev.veil.gateway.chain.Exchange;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.monitor.MonitorHolder;
import dev.veil.monitor.RequestInfo;
import dev.veil.monitor.output.AnswerContext;
import dev.veil.monitor.output.AnswerStream;
import dev.veil.monitor.output.ConversationLedger;
import dev.veil.monitor.output.OutputMonitor;
import dev.veil.monitor.output.OutputResult;
import dev.veil.monitor.output.StreamStep;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Output monitoring of the (still masked) answer, before restore: PII the model produced that is
 * not a token issued for this request, secrets, canaries, protected-document echo and abnormal
 * entity rates. Redactions rewrite the text; a block withholds the answer with
 * {@code finish_reason: "content_filter"} (the OpenAI way SDKs already handle). Streams are
 * scanned on a sliding window so a detection can stop them mid-way.
 */
public final class OutputInterceptor implements Interceptor {
    static final String FILTERED = "content_filter";
    /** Model names passed to the monitor as given; compiled once (String.matches compiles per call). */
    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9._:/@+-]{1,100}");
    private final MonitorHolder monitors;

    public OutputInterceptor(MonitorHolder monitors) {
        this.monitors = monitors;
    }

    @Override
    public Reply intercept(Chain chain) {
        Exchange ex = chain.exchange();
        Reply reply = chain.proceed(ex);
        OutputMonitor monitor = monitors.monitor();
        ConversationLedger ledger = monitor.newLedger();
        ledger.recordIssuedTokensOnDemand(ex.issuedTokens());
        AnswerContext ctx = new AnswerContext(RequestInfo.of(ex.principal().keyId(), ex.requestId(),
                ex.model() != null && MODEL.matcher(ex.model()).matches() ? ex.model() : null), ledger);
        return switch (reply) {
            case Reply.Json j -> {
                scanJson(j.body(), monitor, ctx, ex);
                yield j;
            }
            case Reply.Stream s -> new Reply.Stream(new Monitored(s.chunks(), monitor, ctx, ex));
        };
    }

    private static void scanJson(ObjectNode answer, OutputMonitor monitor, AnswerContext ctx, Exchange ex) {
        if (!(answer.get("choices") instanceof ArrayNode choices)) {
            return;
        }
        for (JsonNode c : choices) {
            if (!(c instanceof ObjectNode choice)) {
                continue;
            }
            ObjectNode holder = choice.get("message") instanceof ObjectNode m ? m : choice;
            String field = holder == choice ? "text" : "content";
            JsonNode v = holder.get(field);
            if (v == null || !v.isTextual()) {
                continue;
            }
            OutputResult r = monitor.scan(v.asText(), ctx);
            if (r.blocked()) {
                holder.put(field, "");
                choice.put("finish_reason", FILTERED);
                ex.facts().decision("output:blocked");
            } else if (!r.text().equals(v.asText())) {
                holder.put(field, r.text());
                ex.facts().decision("output:redacted");
            }
            r.findings().stream().map(f -> "rule:" + f.rule()).distinct().forEach(ex.facts()::decision);
        }
    }

    /** Scans streamed content per choice; a block ends the stream with finish_reason content_filter. */
    private static final class Monitored implements ChunkStream {
        private final ChunkStream in;
        private final OutputMonitor monitor;
        private final AnswerContext ctx;
        private final Exchange ex;
        private final Map<Integer, AnswerStream> streams = new HashMap<>();
        private final java.util.Set<Integer> finished = new java.util.HashSet<>();
        private boolean stopped;

        Monitored(ChunkStream in, OutputMonitor monitor, AnswerContext ctx, Exchange ex) {
            this.in = in;
            this.monitor = monitor;
            this.ctx = ctx;
            this.ex = ex;
        }

        @Override
        public ObjectNode next() {
            if (stopped) {
                return null;
            }
            ObjectNode chunk = in.next();
            if (chunk == null) {
                return flushUnfinished();
            }
            if (!(chunk.get("choices") instanceof ArrayNode choices)) {
                return chunk;
            }
            for (JsonNode c : choices) {
                if (!(c instanceof ObjectNode choice)) {
                    continue;
                }
                int idx = choice.path("index").asInt(0);
                ObjectNode holder = choice.get("delta") instanceof ObjectNode d ? d : choice;
                String field = holder == choice ? "text" : "content";
                JsonNode v = holder.get(field);
                boolean finishing = choice.hasNonNull("finish_reason");
                if ((v == null || !v.isTextual()) && !finishing) {
                    continue;
                }
                AnswerStream s = streams.computeIfAbsent(idx, i -> monitor.open(ctx));
                StreamStep step = s.push(v != null && v.isTextual() ? v.asText() : "");
                String out = step.released();
                if (finishing && !step.stopped()) {
                    finished.add(idx);
                    StreamStep end = s.finish();
                    out += end.released();
                    step = end.stopped() ? end : step;
                }
                if (v != null || !out.isEmpty()) {
                    holder.put(field, out);
                }
                if (step.stopped()) {
                    choice.put("finish_reason", FILTERED);
                    ex.facts().decision("output:blocked");
                    stopped = true;
                }
            }
            return chunk;
        }

        /** The upstream ended without a finish_reason: release (or withhold) what the windows still hold. */
        private ObjectNode flushUnfinished() {
            stopped = true;
            ObjectNode chunk = null;
            for (Map.Entry<Integer, AnswerStream> e : streams.entrySet()) {
                if (finished.contains(e.getKey())) {
                    continue;
                }
                StreamStep end = e.getValue().finish();
                if (end.released().isEmpty() && !end.stopped()) {
                    continue;
                }
                if (chunk == null) {
                    chunk = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                    chunk.put("object", "chat.completion.chunk");
                    chunk.putArray("choices");
                }
                ObjectNode choice = ((ArrayNode) chunk.get("choices")).addObject().put("index", e.getKey());
                choice.putObject("delta").put("content", end.released());
                if (end.stopped()) {
                    choice.put("finish_reason", FILTERED);
                    ex.facts().decision("output:blocked");
                } else {
                    choice.putNull("finish_reason");
                }
            }
            return chunk;
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
