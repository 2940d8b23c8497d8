package dev.veil.gateway.http;

import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Exchange;
import dev.veil.gateway.chain.InterceptorChain;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.pipeline.Conversation;
import dev.veil.gateway.pipeline.GatewayMetrics;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The HTTP entry of one proxied endpoint: reads the body within the size limit, runs the
 * interceptor chain and writes the reply. Unexpected exceptions become a 500 whose message is fixed
 * text (an exception's own message may quote input, so it is never sent or logged).
 */
final class ProxyHandler implements Handler {
    private static final HeaderName CONVERSATION = HeaderNames.create(Conversation.HEADER);

    private final Endpoint endpoint;
    private final InterceptorChain chain;
    private final ReplyWriter writer;
    private final GatewayMetrics metrics;
    private final long maxBodyBytes;
    /** Refused bodies up to this size are read to the end so the client gets its 413 (see drain). */
    static final long DRAIN_LIMIT = 16L << 20;

    ProxyHandler(Endpoint endpoint, InterceptorChain chain, ReplyWriter writer, GatewayMetrics metrics, long maxBodyBytes) {
        this.endpoint = endpoint;
        this.chain = chain;
        this.writer = writer;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        long start = System.nanoTime();
        String requestId = "req_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        int status;
        String model = null;
        try {
            byte[] body = readBody(req);
            Map<String, String> headers = new HashMap<>(4);
            req.headers().first(HeaderNames.AUTHORIZATION).ifPresent(v -> headers.put("authorization", v));
            req.headers().first(CONVERSATION).ifPresent(v -> headers.put(Conversation.HEADER, v));
            Exchange ex = Exchange.start(requestId, endpoint, start, headers, body);
            Reply reply = chain.run(ex);
            status = writer.write(reply, res, requestId);
        } catch (ApiException e) {
            metrics.refused(e.code());
            writer.error(e, res, requestId);
            status = e.status();
        } catch (RuntimeException e) {
            ApiException internal = ApiException.internal("internal_error",
                    "internal error (" + e.getClass().getSimpleName() + "); request " + requestId + " was not forwarded");
            writer.error(internal, res, requestId);
            status = 500;
        }
        metrics.request(endpoint.name().toLowerCase(), status, model, System.nanoTime() - start);
    }

    private byte[] readBody(ServerRequest req) {
        long declared = req.headers().contentLength().orElse(-1L);
        if (declared > maxBodyBytes) {
            if (declared <= DRAIN_LIMIT) {
                drain(req);
            }
            throw ApiException.tooLarge("request body of " + declared + " bytes exceeds the limit of " + maxBodyBytes);
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (b.length > maxBodyBytes) {
                drainRest(in);
                throw ApiException.tooLarge("request body exceeds the limit of " + maxBodyBytes + " bytes");
            }
            return b;
        } catch (IOException | UncheckedIOException e) {
            throw ApiException.badRequest("body_read_failed", "could not read the request body");
        }
    }

    /**
     * Reads and discards the rest of a refused body, up to {@link #DRAIN_LIMIT} bytes: a client that
     * is still sending then receives the 413 instead of a reset connection (which it reports as "no
     * response"). A larger body is not read; the connection is closed under it.
     */
    private static void drain(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            drainRest(in);
        } catch (IOException | UncheckedIOException e) {
            // the client went away: nothing to answer
        }
    }

    private static void drainRest(InputStream in) throws IOException {
        byte[] buf = new byte[16 << 10];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buf)) >= 0) {
            total += n;
        }
    }
}
