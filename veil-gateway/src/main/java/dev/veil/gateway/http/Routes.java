package dev.veil.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.api.ErrorBodies;
import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.auth.Principal;
import dev.veil.gateway.pipeline.GatewayMetrics;
import dev.veil.gateway.upstream.UpstreamRouter;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Health, readiness, metrics and model listing. */
final class Routes {
    private final Authenticator auth;
    private final UpstreamRouter router;
    private final GatewayMetrics metrics;
    private final ObjectMapper json;
    private final List<BooleanSupplier> readiness;

    Routes(Authenticator auth, UpstreamRouter router, GatewayMetrics metrics, ObjectMapper json,
           List<BooleanSupplier> readiness) {
        this.auth = auth;
        this.router = router;
        this.metrics = metrics;
        this.json = json;
        this.readiness = List.copyOf(readiness);
    }

    void register(HttpRouting.Builder r) {
        r.get("/healthz", (req, res) -> sendJson(res, Status.OK_200, json.createObjectNode().put("status", "ok")));
        r.get("/readyz", (req, res) -> {
            boolean ready = readiness.stream().allMatch(BooleanSupplier::getAsBoolean);
            sendJson(res, ready ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
                    json.createObjectNode().put("status", ready ? "ready" : "not ready"));
        });
        r.get("/metrics", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
            res.send(metrics.scrape());
        });
        r.get("/v1/models", (req, res) -> {
            try {
                Principal p = auth.authenticate(req.headers().first(HeaderNames.AUTHORIZATION).orElse(null));
                ObjectNode out = json.createObjectNode();
                out.put("object", "list");
                ArrayNode data = out.putArray("data");
                for (String m : router.models()) {
                    if (p.mayUse(m)) {
                        data.addObject().put("id", m).put("object", "model").put("created", 0).put("owned_by", "veil");
                    }
                }
                sendJson(res, Status.OK_200, out);
            } catch (ApiException e) {
                sendError(res, e);
            }
        });
    }

    private void sendJson(ServerResponse res, Status status, ObjectNode body) {
        res.status(status);
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        try {
            res.send(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sendError(ServerResponse res, ApiException e) {
        res.status(Status.create(e.status()));
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.send(ErrorBodies.render(e));
    }
}
