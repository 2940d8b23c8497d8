package dev.veil.gateway.chain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.core.Scope;
import dev.veil.gateway.auth.Principal;
import dev.veil.gateway.restore.RestorePlan;
import dev.veil.gateway.upstream.Upstream;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable state of one proxied call as it moves through the interceptors. Each step that
 * learns something returns a copy with it ({@code withPrincipal}, {@code withBody}, ...), so an
 * interceptor sees exactly what the steps before it established.
 *
 * <p>Privacy: {@link #toString()} prints ids and sizes only. The raw and parsed bodies hold user
 * content and are never logged.
 */
public final class Exchange {
    private final String requestId;
    private final Endpoint endpoint;
    private final long startNanos;
    private final Map<String, String> headers;
    private final byte[] rawBody;
    private final ObjectNode body;
    private final Principal principal;
    private final String model;
    private final boolean stream;
    private final Upstream upstream;
    private final Scope scope;
    private final RestorePlan restorePlan;
    private final RequestFacts facts;
    private final java.util.List<String> issuedTokens;

    private Exchange(String requestId, Endpoint endpoint, long startNanos, Map<String, String> headers, byte[] rawBody,
                     ObjectNode body, Principal principal, String model, boolean stream, Upstream upstream, Scope scope,
                     RestorePlan restorePlan, RequestFacts facts, java.util.List<String> issuedTokens) {
        this.requestId = requestId;
        this.endpoint = endpoint;
        this.startNanos = startNanos;
        this.headers = headers;
        this.rawBody = rawBody;
        this.body = body;
        this.principal = principal;
        this.model = model;
        this.stream = stream;
        this.upstream = upstream;
        this.scope = scope;
        this.restorePlan = restorePlan;
        this.facts = facts;
        this.issuedTokens = issuedTokens;
    }

    /**
     * A new exchange for a request.
     *
     * @param headers request headers with lower-case names (only those the gateway reads)
     */
    public static Exchange start(String requestId, Endpoint endpoint, long startNanos, Map<String, String> headers,
                                 byte[] rawBody) {
        return new Exchange(Objects.requireNonNull(requestId), Objects.requireNonNull(endpoint), startNanos,
                Map.copyOf(headers), rawBody, null, null, null, false, null, null, RestorePlan.none(), new RequestFacts(), java.util.List.of());
    }

    public String requestId() {
        return requestId;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public long startNanos() {
        return startNanos;
    }

    /** A request header by lower-case name, or null. */
    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public byte[] rawBody() {
        return rawBody;
    }

    /** The parsed request body; do not mutate (use {@link #withBody} with a copy). */
    public ObjectNode body() {
        return body;
    }

    public Principal principal() {
        return principal;
    }

    public String model() {
        return model;
    }

    public boolean stream() {
        return stream;
    }

    public Upstream upstream() {
        return upstream;
    }

    public Scope scope() {
        return scope;
    }

    public RestorePlan restorePlan() {
        return restorePlan;
    }

    /** The request's audit facts (shared by every copy of this exchange). */
    public RequestFacts facts() {
        return facts;
    }

    public Exchange withPrincipal(Principal p) {
        facts.principal(p);
        return new Exchange(requestId, endpoint, startNanos, headers, rawBody, body, p, model, stream, upstream, scope,
                restorePlan, facts, issuedTokens);
    }

    public Exchange withBody(ObjectNode newBody) {
        return new Exchange(requestId, endpoint, startNanos, headers, null, newBody, principal, model, stream, upstream,
                scope, restorePlan, facts, issuedTokens);
    }

    public Exchange withParsed(ObjectNode parsed, String newModel, boolean newStream) {
        facts.model(newModel);
        return new Exchange(requestId, endpoint, startNanos, headers, null, parsed, principal, newModel, newStream,
                upstream, scope, restorePlan, facts, issuedTokens);
    }

    public Exchange withUpstream(Upstream u) {
        facts.upstream(u.name());
        return new Exchange(requestId, endpoint, startNanos, headers, rawBody, body, principal, model, stream, u, scope,
                restorePlan, facts, issuedTokens);
    }

    public Exchange withMasking(ObjectNode maskedBody, Scope newScope, RestorePlan plan, java.util.List<String> tokens) {
        return new Exchange(requestId, endpoint, startNanos, headers, null, maskedBody, principal, model, stream,
                upstream, newScope, plan, facts, java.util.List.copyOf(tokens));
    }

    /** Tokens issued while masking this request (what the model may legitimately echo). */
    public java.util.List<String> issuedTokens() {
        return issuedTokens;
    }

    @Override
    public String toString() {
        return "Exchange[" + requestId + " " + endpoint + " model=" + model + " stream=" + stream
                + " key=" + (principal == null ? "-" : principal.keyId()) + "]";
    }
}
