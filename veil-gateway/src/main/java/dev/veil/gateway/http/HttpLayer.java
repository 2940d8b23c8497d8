package dev.veil.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.auth.ApiKeyStore;
import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.InterceptorChain;
import dev.veil.gateway.pipeline.GatewayMetrics;
import dev.veil.gateway.upstream.Upstream;
import dev.veil.gateway.upstream.UpstreamRouter;
import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Binds the Helidon server (virtual threads: a slow client holds a cheap virtual thread, never a
 * platform thread) and maps routes to handlers. Socket read timeouts bound slow clients, the
 * payload limit bounds memory.
 */
public final class HttpLayer {
    private final WebServer server;

    public HttpLayer(String host, int port, InterceptorChain chain, Authenticator auth, ApiKeyStore keys,
                     UpstreamRouter router, GatewayMetrics metrics, ObjectMapper json, long maxBodyBytes,
                     Duration readTimeout, Consumer<String> onAdminAction, BooleanSupplier auditHealthy,
                     dev.veil.gateway.monitor.MonitorHolder monitors) {
        ReplyWriter writer = new ReplyWriter(json);
        Routes routes = new Routes(auth, router, metrics, json,
                List.<BooleanSupplier>of(auditHealthy, () -> router.upstreams().stream().anyMatch(Upstream::ready)));
        AdminRoutes admin = new AdminRoutes(auth, keys, json, onAdminAction, monitors);
        OpenAiDirectHandler direct = new OpenAiDirectHandler();
        this.server = WebServer.builder()
                .host(host)
                .port(port)
                // our handlers enforce maxBodyBytes; Helidon's cap is set above it so that a refused
                // body up to ProxyHandler.DRAIN_LIMIT can be read to its end and its 413 delivered
                .maxPayloadSize(Math.max(maxBodyBytes + 1, ProxyHandler.DRAIN_LIMIT))
                .connectionOptions(o -> o.readTimeout(readTimeout).tcpNoDelay(true))
                .idleConnectionTimeout(Duration.ofMinutes(5))
                .shutdownHook(false)
                .directHandlers(d -> {
                    for (DirectHandler.EventType t : DirectHandler.EventType.values()) {
                        d.addHandler(t, direct);
                    }
                })
                .routing((HttpRouting.Builder r) -> {
                    r.post(Endpoint.CHAT.path(), new ProxyHandler(Endpoint.CHAT, chain, writer, metrics, maxBodyBytes));
                    r.post(Endpoint.COMPLETIONS.path(),
                            new ProxyHandler(Endpoint.COMPLETIONS, chain, writer, metrics, maxBodyBytes));
                    r.post(Endpoint.EMBEDDINGS.path(),
                            new ProxyHandler(Endpoint.EMBEDDINGS, chain, writer, metrics, maxBodyBytes));
                    routes.register(r);
                    admin.register(r);
                    r.any((req, res) -> Routes.sendError(res, ApiException.notFound("unknown_route",
                            "no such endpoint: " + req.prologue().method().text() + " " + safePath(req.path().path()))));
                })
                .build();
    }

    private static String safePath(String p) {
        return p.matches("[A-Za-z0-9/._-]{1,100}") ? p : "(path)";
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.port();
    }

    public void stop() {
        server.stop();
    }
}
