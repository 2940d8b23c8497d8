package dev.veil.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.api.ErrorBodies;
import dev.veil.gateway.chain.ChunkStream;
import dev.veil.gateway.chain.Reply;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes replies to Helidon responses: JSON documents, server-sent-event streams (each chunk flushed
 * as soon as it is ready, ending with {@code data: [DONE]}), and errors in OpenAI's shape. An error
 * after a stream has started is sent as a final {@code data: {"error": ...}} event.
 */
final class ReplyWriter {
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper json;

    ReplyWriter(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the reply; returns the HTTP status sent. */
    int write(Reply reply, ServerResponse res, String requestId) {
        res.header(HeaderNames.create("x-request-id"), requestId);
        return switch (reply) {
            case Reply.Json j -> {
                res.status(Status.create(j.status()));
                res.header(HeaderValues.CONTENT_TYPE_JSON);
                try {
                    res.send(json.writeValueAsBytes(j.body()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield j.status();
            }
            case Reply.Stream s -> stream(s.chunks(), res);
        };
    }

    private int stream(ChunkStream chunks, ServerResponse res) {
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderNames.create("X-Accel-Buffering"), "no");
        try (chunks; OutputStream out = res.outputStream()) {
            try {
                ObjectNode c;
                while ((c = chunks.next()) != null) {
                    out.write(DATA);
                    out.write(json.writeValueAsBytes(c));
                    out.write(END);
                    out.flush();
                }
            } catch (ApiException e) {
                out.write(DATA);
                out.write(ErrorBodies.render(e));
                out.write(END);
            }
            out.write(DONE);
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            // the client went away; closing the chunk stream released the upstream
        }
        return 200;
    }

    void error(ApiException e, ServerResponse res, String requestId) {
        if (res.isSent()) {
            return;
        }
        res.header(HeaderNames.create("x-request-id"), requestId);
        res.status(Status.create(e.status()));
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        if (e.status() == 429 || e.status() == 503) {
            res.header(HeaderNames.RETRY_AFTER, "1");
        }
        res.send(ErrorBodies.render(e));
    }
}
