package dev.veil.gateway.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.ChunkStream;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.upstream.Upstream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded engine: a GGUF model run in-process by llama.cpp through java-llama.cpp, served
 * under one model name (by default the file's base name, e.g. {@code stories260K}). Chat and text
 * completions, streamed or not; {@code parallel} requests decode at once, more wait for a slot.
 *
 * <p>Native quirks handled here: the library is prepared by {@link NativeLibrary} (no collisions
 * between processes); llama.cpp logging is disabled (it could otherwise print prompt fragments);
 * the library leaves a non-daemon thread behind, so the CLI always ends with {@code System.exit}
 * and {@link #close()} never waits on generation that is still running.
 */
public final class EmbeddedLlamaUpstream implements Upstream {
    private final String modelName;
    private final LlamaModel model;
    private final boolean hasTemplate;
    private final Semaphore slots;
    private final ObjectMapper json;
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;

    public EmbeddedLlamaUpstream(String modelName, Path gguf, Path nativeCache, int threads, int contextSize,
                                 int parallel, ObjectMapper json) {
        NativeLibrary.prepare(nativeCache);
        boolean template;
        try {
            template = GgufMetadata.strings(gguf).containsKey("tokenizer.chat_template");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + gguf.getFileName(), e);
        }
        this.hasTemplate = template;
        this.modelName = modelName;
        this.json = json;
        this.slots = new Semaphore(parallel, true);
        this.model = new LlamaModel(new ModelParameters()
                .setModel(gguf.toString())
                .setThreads(threads)
                .setCtxSize(contextSize)
                .setParallel(parallel)
                .disableLog());
    }

    @Override
    public String name() {
        return "embedded:" + modelName;
    }

    @Override
    public Set<String> models() {
        return Set.of(modelName);
    }

    @Override
    public Reply call(Endpoint endpoint, ObjectNode body, boolean stream) {
        if (endpoint == Endpoint.EMBEDDINGS) {
            throw ApiException.badRequest("unsupported_endpoint", "the embedded engine does not serve embeddings");
        }
        String prompt = endpoint == Endpoint.CHAT
                ? PromptBuilder.chatPrompt(body, hasTemplate, model::applyTemplate)
                : PromptBuilder.text(body.get("prompt"));
        InferenceParameters params = PromptBuilder.params(prompt, body);
        acquire();
        boolean handedOff = false;
        try {
            String id = (endpoint == Endpoint.CHAT ? "chatcmpl-" : "cmpl-") + Long.toString(ids.incrementAndGet(), 36);
            long created = System.currentTimeMillis() / 1000;
            if (!stream) {
                String text = model.complete(params);
                int promptTokens = model.encode(prompt).length;
                int completionTokens = model.encode(text).length;
                return new Reply.Json(200, OpenAiShapes.completion(json, endpoint, id, created, modelName, text,
                        promptTokens, completionTokens));
            }
            LlamaIterator it = model.generate(params).iterator();
            handedOff = true;
            return new Reply.Stream(new Stream(it, endpoint, id, created));
        } catch (RuntimeException e) {
            if (e instanceof ApiException a) {
                throw a;
            }
            throw ApiException.badGateway("the embedded engine failed to generate");
        } finally {
            if (!handedOff) {
                slots.release();
            }
        }
    }

    private void acquire() {
        if (closed) {
            throw ApiException.unavailable("engine_closed", "the embedded engine is shutting down");
        }
        try {
            if (!slots.tryAcquire(60, TimeUnit.SECONDS)) {
                throw ApiException.unavailable("engine_busy", "the embedded engine is busy; retry later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted", "interrupted while waiting for the embedded engine");
        }
    }

    /** Streams generated pieces as OpenAI chunks; closing cancels generation and frees the slot. */
    private final class Stream implements ChunkStream {
        private final LlamaIterator it;
        private final Endpoint endpoint;
        private final String id;
        private final long created;
        private int state; // 0: role chunk next, 1: tokens, 2: finish chunk sent
        private boolean released;

        Stream(LlamaIterator it, Endpoint endpoint, String id, long created) {
            this.it = it;
            this.endpoint = endpoint;
            this.created = created;
            this.id = id;
        }

        @Override
        public ObjectNode next() {
            if (state == 0 && endpoint == Endpoint.CHAT) {
                state = 1;
                return OpenAiShapes.chunk(json, endpoint, id, created, modelName, "", true, null);
            }
            state = Math.max(state, 1);
            if (state == 2) {
                return null;
            }
            try {
                while (it.hasNext()) {
                    LlamaOutput o = it.next();
                    if (!o.text.isEmpty()) {
                        return OpenAiShapes.chunk(json, endpoint, id, created, modelName, o.text, false, null);
                    }
                }
            } catch (RuntimeException e) {
                release();
                state = 2;
                throw ApiException.badGateway("the embedded engine failed while streaming");
            }
            state = 2;
            release();
            return OpenAiShapes.chunk(json, endpoint, id, created, modelName, "", false, "stop");
        }

        private void release() {
            if (!released) {
                released = true;
                slots.release();
            }
        }

        @Override
        public void close() {
            if (state != 2) {
                try {
                    it.cancel();
                } catch (RuntimeException e) {
                    // generation already ended
                }
                state = 2;
            }
            release();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Wait briefly for running generations; never block shutdown on them.
        try {
            slots.tryAcquire(Integer.MAX_VALUE, 0, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread closer = Thread.ofPlatform().daemon().unstarted(model::close);
        closer.start();
        try {
            closer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
