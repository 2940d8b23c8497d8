package dev.veil.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.core.EntityType;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.auth.ApiKeyRecord;
import dev.veil.gateway.auth.ApiKeyStore;
import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.auth.IssuedKey;
import dev.veil.gateway.auth.KeySpec;
import dev.veil.gateway.auth.Principal;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Admin endpoints (role "admin" only): list, create and revoke API keys. Every admin action is
 * reported to the {@code onAdminAction} hook (the audit log). Keys are shown once, at creation.
 */
final class AdminRoutes {
    private final Authenticator auth;
    private final ApiKeyStore keys;
    private final ObjectMapper json;
    private final Consumer<String> onAdminAction;
    private final dev.veil.gateway.monitor.MonitorHolder monitors;

    AdminRoutes(Authenticator auth, ApiKeyStore keys, ObjectMapper json, Consumer<String> onAdminAction,
                dev.veil.gateway.monitor.MonitorHolder monitors) {
        this.auth = auth;
        this.keys = keys;
        this.json = json;
        this.onAdminAction = onAdminAction;
        this.monitors = monitors;
    }

    void register(HttpRouting.Builder r) {
        r.get("/admin/keys", (req, res) -> guarded(req, res, p -> listKeys(res)));
        r.post("/admin/keys", (req, res) -> guarded(req, res, p -> createKey(req, res, p)));
        r.delete("/admin/keys/{id}", (req, res) -> guarded(req, res, p -> revoke(req, res, p)));
        r.post("/admin/canaries", (req, res) -> guarded(req, res, p -> addCanary(req, res, p)));
        r.post("/admin/protected-documents", (req, res) -> guarded(req, res, p -> addDocument(req, res, p)));
    }

    private interface Action {
        void run(Principal p) throws IOException;
    }

    private void guarded(ServerRequest req, ServerResponse res, Action action) {
        try {
            Principal p = auth.authenticate(req.headers().first(HeaderNames.AUTHORIZATION).orElse(null));
            if (!p.isAdmin()) {
                throw ApiException.forbidden("admin_required", "this endpoint needs the admin role");
            }
            action.run(p);
        } catch (ApiException e) {
            Routes.sendError(res, e);
        } catch (IOException | IllegalArgumentException e) {
            Routes.sendError(res, ApiException.badRequest("invalid_admin_request",
                    e instanceof IllegalArgumentException ? e.getMessage() : "invalid JSON"));
        }
    }

    private void listKeys(ServerResponse res) throws IOException {
        ObjectNode out = json.createObjectNode();
        out.put("object", "list");
        ArrayNode data = out.putArray("data");
        for (ApiKeyRecord k : keys.list()) {
            data.add(describe(k));
        }
        send(res, Status.OK_200, out);
    }

    private void createKey(ServerRequest req, ServerResponse res, Principal admin) throws IOException {
        JsonNode body = json.readTree(req.content().inputStream().readNBytes(64 * 1024));
        Set<EntityType> reveal = EnumSet.noneOf(EntityType.class);
        for (JsonNode t : body.path("reveal")) {
            reveal.add(EntityType.parse(t.asText()).orElseThrow(() ->
                    new IllegalArgumentException("unknown entity type in 'reveal'")));
        }
        Instant expires = null;
        if (body.hasNonNull("expires_at")) {
            try {
                expires = Instant.parse(body.get("expires_at").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'expires_at' must be an ISO-8601 instant");
            }
        }
        KeySpec spec = new KeySpec(body.path("name").asText("key"), body.path("tenant").asText(admin.tenant()),
                strings(body.path("roles")), strings(body.path("models")), reveal,
                body.path("requests_per_minute").asInt(0), body.path("tokens_per_day").asLong(0), expires);
        IssuedKey issued = keys.create(spec);
        try {
            onAdminAction.accept("key.create " + issued.record().id() + " by " + admin.keyId());
        } catch (ApiException e) {
            keys.revoke(issued.record().id()); // not audited, so not usable
            throw e;
        }
        ObjectNode out = describe(issued.record());
        out.put("key", issued.key().reveal()); // shown once; only the hash is stored
        send(res, Status.CREATED_201, out);
    }

    private void revoke(ServerRequest req, ServerResponse res, Principal admin) throws IOException {
        String id = req.path().pathParameters().get("id");
        if (!keys.revoke(id)) {
            throw ApiException.notFound("key_not_found", "no such key");
        }
        onAdminAction.accept("key.revoke " + id + " by " + admin.keyId());
        ObjectNode out = json.createObjectNode();
        out.put("id", id);
        out.put("revoked", true);
        send(res, Status.OK_200, out);
    }

    /** Registers a canary string: any answer containing it raises a critical alert. */
    private void addCanary(ServerRequest req, ServerResponse res, Principal admin) throws IOException {
        if (monitors == null) {
            throw ApiException.notFound("monitoring_disabled", "output monitoring is not enabled");
        }
        JsonNode body = json.readTree(req.content().inputStream().readNBytes(64 * 1024));
        String id = body.path("id").asText("");
        String canary = body.path("canary").asText("");
        if (!id.matches("[A-Za-z0-9._-]{1,64}") || canary.length() < 8) {
            throw new IllegalArgumentException("send {\"id\": \"name\", \"canary\": \"at least 8 characters\"}");
        }
        onAdminAction.accept("canary.add " + id + " by " + admin.keyId());
        int n = monitors.addCanary(id, canary);
        send(res, Status.CREATED_201, json.createObjectNode().put("id", id).put("canaries", n));
    }

    /** Fingerprints a confidential document; only fingerprints are kept, never its text. */
    private void addDocument(ServerRequest req, ServerResponse res, Principal admin) throws IOException {
        if (monitors == null) {
            throw ApiException.notFound("monitoring_disabled", "output monitoring is not enabled");
        }
        JsonNode body = json.readTree(req.content().inputStream().readNBytes(16 << 20));
        String id = body.path("id").asText("");
        String text = body.path("text").asText("");
        if (!id.matches("[A-Za-z0-9._-]{1,64}") || text.isBlank()) {
            throw new IllegalArgumentException("send {\"id\": \"name\", \"text\": \"the document\"}");
        }
        onAdminAction.accept("document.protect " + id + " by " + admin.keyId());
        int n = monitors.addProtectedDocument(id, text);
        send(res, Status.CREATED_201, json.createObjectNode().put("id", id).put("documents", n));
    }

    private ObjectNode describe(ApiKeyRecord k) {
        ObjectNode o = json.createObjectNode();
        o.put("id", k.id());
        o.put("name", k.name());
        o.put("tenant", k.tenant());
        k.roles().stream().sorted().forEach(o.putArray("roles")::add);
        k.models().stream().sorted().forEach(o.putArray("models")::add);
        k.reveal().stream().map(Enum::name).sorted().forEach(o.putArray("reveal")::add);
        o.put("requests_per_minute", k.requestsPerMinute());
        o.put("tokens_per_day", k.tokensPerDay());
        o.put("created_at", k.createdAt().toString());
        if (k.expiresAt() != null) {
            o.put("expires_at", k.expiresAt().toString());
        }
        o.put("revoked", k.revoked());
        return o;
    }

    private static Set<String> strings(JsonNode arr) {
        Set<String> s = new HashSet<>();
        arr.forEach(n -> s.add(n.asText()));
        return s;
    }

    private void send(ServerResponse res, Status status, ObjectNode body) throws IOException {
        res.status(status);
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.send(json.writeValueAsBytes(body));
    }
}
