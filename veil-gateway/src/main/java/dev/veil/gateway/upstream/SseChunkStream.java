package dev.veil.gateway.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.ChunkStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an OpenAI-style server-sent-event stream: {@code data: {json}} events separated by blank
 * lines, ending with {@code data: [DONE]}. A stream that ends without [DONE] ends normally too (some
 * servers omit it); a read failure or a malformed event is a 502, a stalled stream a 504.
 */
final class SseChunkStream implements ChunkStream {
    private static final int MAX_EVENT_CHARS = 8 << 20;
    /** After [DONE], at most this much is read to reach the end of the body. */
    private static final int MAX_DRAIN_CHARS = 16 << 10;

    private final BufferedReader reader;
    private final AutoCloseable response;
    private final Runnable release;
    private final ObjectMapper json;
    private final String upstream;
    private boolean done;
    private boolean sawDone;
    private boolean closed;

    SseChunkStream(InputStream in, AutoCloseable response, Runnable release, ObjectMapper json, String upstream) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 8192);
        this.response = response;
        this.release = release;
        this.json = json;
        this.upstream = upstream;
    }

    @Override
    public ObjectNode next() {
        if (done) {
            return null;
        }
        StringBuilder data = null;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        ObjectNode chunk = dispatch(data.toString());
                        if (chunk != null) {
                            return chunk;
                        }
                        if (done) {
                            return null;
                        }
                        data = null;
                    }
                    continue;
                }
                if (line.startsWith("data:")) {
                    String payload = line.length() > 5 && line.charAt(5) == ' ' ? line.substring(6) : line.substring(5);
                    if (data == null) {
                        data = new StringBuilder(payload);
                    } else {
                        data.append('\n').append(payload);
                    }
                    if (data.length() > MAX_EVENT_CHARS) {
                        throw ApiException.badGateway("upstream '" + upstream + "' sent an oversized stream event");
                    }
                }
                // "event:", "id:", "retry:" and ":" comments are ignored
            }
            done = true;
            if (data != null) {
                return dispatch(data.toString());
            }
            return null;
        } catch (UncheckedIOException | IOException e) {
            done = true;
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof SocketTimeoutException) {
                throw ApiException.gatewayTimeout("upstream '" + upstream + "' stopped sending (stream timeout)");
            }
            throw ApiException.badGateway("upstream '" + upstream + "' stream failed");
        }
    }

    private ObjectNode dispatch(String payload) {
        String p = payload.strip();
        if (p.equals("[DONE]")) {
            done = true;
            sawDone = true;
            return null;
        }
        try {
            JsonNode n = json.readTree(p);
            if (n instanceof ObjectNode o) {
                if (o.has("error")) {
                    done = true;
                    throw ApiException.badGateway("upstream '" + upstream + "' reported an error mid-stream");
                }
                return o;
            }
        } catch (IOException e) {
            // fall through
        }
        done = true;
        throw ApiException.badGateway("upstream '" + upstream + "' sent a malformed stream event");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        release.run();
        if (sawDone) {
            // Off the caller's thread: the reply is complete, and an upstream that keeps the body
            // open after [DONE] must not hold the client's keep-alive connection (its next request
            // waits for this handler) until the read timeout.
            Thread.ofVirtual().name("veil-sse-drain").start(this::drainAndClose);
        } else {
            closeResponse();
        }
    }

    private void drainAndClose() {
        try {
            drain();
        } catch (IOException | RuntimeException e) {
            // the connection is discarded by the close below
        } finally {
            closeResponse();
        }
    }

    private void closeResponse() {
        try {
            response.close();
        } catch (Exception e) {
            // nothing useful to do: the connection is discarded
        }
    }

    /**
     * Reads the rest of the body after [DONE] (normally just the chunked terminator). A response
     * closed before its body ended cannot go back to the connection pool, so without this every
     * streamed request paid for a new upstream connection. The caller's reply is complete by now and
     * the concurrency slot is already released; the read is bounded in size and by the read timeout.
     * Only the drain thread touches the reader once close() has run.
     */
    private void drain() throws IOException {
        char[] buf = new char[1024];
        int total = 0;
        int n;
        while (total < MAX_DRAIN_CHARS && (n = reader.read(buf)) >= 0) {
            total += n;
        }
    }
}
