package dev.veil.gateway.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.core.SecretValue;
import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Reply;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Set;

/**
 * Any OpenAI-compatible server: vLLM, llama.cpp server, LocalAI, TGI, another gateway. Requests go
 * to {@code baseUrl + /chat/completions} (and /completions, /embeddings) over pooled keep-alive
 * connections; host names are resolved through the {@link EgressGuard} at connect time.
 */
public final class OpenAiUpstream implements Upstream {
    private static final int MAX_RESPONSE_BYTES = 64 << 20;

    private final String name;
    private final Set<String> models;
    private final URI baseUrl;
    private final SecretValue apiKey;
    private final UpstreamSettings settings;
    private final ConcurrencyLimit limit;
    private final WebClient client;
    private final ObjectMapper json;

    public OpenAiUpstream(String name, URI baseUrl, Set<String> models, SecretValue apiKey, UpstreamSettings settings,
                          EgressGuard guard, ObjectMapper json) {
        guard.check(baseUrl);
        this.name = name;
        this.models = Set.copyOf(models);
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.settings = settings;
        this.limit = new ConcurrencyLimit(name, settings.maxConcurrency(), settings.queueTimeout());
        this.json = json;
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        this.client = WebClient.builder()
                .baseUri(base)
                .dnsResolver(new GuardedDnsResolver(guard))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.timeout())
                // Without TCP_NODELAY a request written in two segments waits for the peer's delayed ACK.
                .socketOptions(o -> o.connectTimeout(settings.connectTimeout()).readTimeout(settings.timeout())
                        .tcpNoDelay(true))
                .followRedirects(false)
                .shareConnectionCache(false)
                .connectionCacheSize(Math.max(16, settings.maxConcurrency()))
                .build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> models() {
        return models;
    }

    @Override
    public Reply call(Endpoint endpoint, ObjectNode body, boolean stream) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw ApiException.internal("serialization", "could not encode the upstream request");
        }
        String path = switch (endpoint) {
            case CHAT -> "chat/completions";
            case COMPLETIONS -> "completions";
            case EMBEDDINGS -> "embeddings";
        };
        Runnable release = limit.acquire();
        boolean handedOff = false;
        try {
            HttpClientResponse res = send(path, bytes, stream);
            int status = res.status().code();
            if (status / 100 != 2) {
                try (res) {
                    throw upstreamError(status);
                }
            }
            if (stream) {
                handedOff = true;
                return new Reply.Stream(new SseChunkStream(res.inputStream(), res, release, json, name));
            }
            try (res; InputStream in = res.inputStream()) {
                byte[] answer = in.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (answer.length > MAX_RESPONSE_BYTES) {
                    throw ApiException.badGateway("upstream '" + name + "' answer is too large");
                }
                JsonNode n = json.readTree(answer);
                if (!(n instanceof ObjectNode o)) {
                    throw ApiException.badGateway("upstream '" + name + "' answered with something other than a JSON object");
                }
                return new Reply.Json(200, o);
            } catch (IOException | UncheckedIOException e) {
                throw failure(e);
            }
        } finally {
            if (!handedOff) {
                release.run();
            }
        }
    }

    private HttpClientResponse send(String path, byte[] bytes, boolean stream) {
        RuntimeException last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            try {
                var req = client.post(path)
                        .header(HeaderValues.CONTENT_TYPE_JSON)
                        .header(HeaderNames.ACCEPT, stream ? "text/event-stream" : "application/json")
                        .readTimeout(settings.timeout());
                if (apiKey != null) {
                    req.header(HeaderNames.AUTHORIZATION, "Bearer " + apiKey.reveal());
                }
                return req.submit(bytes);
            } catch (EgressGuard.EgressRefused e) {
                throw ApiException.badGateway("upstream '" + name + "' refused by the egress guard");
            } catch (UncheckedIOException e) {
                if (!isConnectFailure(e)) {
                    throw failure(e);
                }
                last = e; // never sent: safe to retry
            }
        }
        throw ApiException.badGateway("upstream '" + name + "' is unreachable" + (last == null ? "" : ""));
    }

    private static boolean isConnectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private ApiException failure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return ApiException.gatewayTimeout("upstream '" + name + "' did not answer in time");
            }
            if (t instanceof ApiException a) {
                return a;
            }
        }
        return ApiException.badGateway("upstream '" + name + "' failed");
    }

    private ApiException upstreamError(int status) {
        if (status == 429) {
            return ApiException.rateLimited("upstream_rate_limited", "upstream '" + name + "' is rate limiting");
        }
        if (status == 404) {
            return ApiException.notFound("model_not_found", "upstream '" + name + "' does not serve this model or endpoint");
        }
        if (status >= 400 && status < 500) {
            return new ApiException(400, "invalid_request_error", "upstream_rejected",
                    "upstream '" + name + "' rejected the request (HTTP " + status + ")");
        }
        return ApiException.badGateway("upstream '" + name + "' answered HTTP " + status);
    }

    @Override
    public boolean ready() {
        try (HttpClientResponse res = client.get("models").readTimeout(java.time.Duration.ofSeconds(2)).request()) {
            return res.status().code() / 100 == 2;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.closeResource();
    }

    @Override
    public String toString() {
        return "OpenAiUpstream[" + name + " " + baseUrl + "]";
    }
}
