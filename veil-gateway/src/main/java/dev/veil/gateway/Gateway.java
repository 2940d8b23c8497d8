package dev.veil.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.Analyzer;
import dev.veil.gateway.auth.ApiKeyStore;
import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.InterceptorChain;
import dev.veil.gateway.http.HttpLayer;
import dev.veil.gateway.limit.RateLimiter;
import dev.veil.gateway.mask.GatewayPolicy;
import dev.veil.gateway.mask.RequestMasker;
import dev.veil.gateway.mask.TokenSource;
import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditLog;
import dev.veil.audit.AuditRecord;
import dev.veil.gateway.pipeline.AuditInterceptor;
import dev.veil.gateway.pipeline.AuthInterceptor;
import dev.veil.gateway.pipeline.GatewayMetrics;
import dev.veil.gateway.pipeline.MaskInterceptor;
import dev.veil.gateway.pipeline.ParseInterceptor;
import dev.veil.gateway.pipeline.RateLimitInterceptor;
import dev.veil.gateway.pipeline.RequestValidator;
import dev.veil.gateway.pipeline.RestoreInterceptor;
import dev.veil.gateway.pipeline.RouteInterceptor;
import dev.veil.gateway.pipeline.UpstreamCall;
import dev.veil.gateway.upstream.UpstreamRouter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The privacy gateway: an OpenAI-compatible HTTP server whose every call runs one chain of small
 * interceptors:
 *
 * <pre>
 * authenticate → rate-limit → parse/validate → route (model access) → mask (vault) →
 *   [upstream call] → restore (per caller) → reply
 * </pre>
 *
 * Built once from its parts; {@link #start()} binds the port. Thread-safe.
 */
public final class Gateway implements AutoCloseable {
    private final Builder b;
    private final InterceptorChain chain;
    private final AuditInterceptor audit;
    private HttpLayer http;

    private Gateway(Builder b) {
        this.b = b;
        ObjectMapper json = b.json;
        RequestValidator validator = new RequestValidator(b.maxStringChars, b.maxMessages);
        List<Interceptor> steps = new ArrayList<>();
        this.audit = b.auditLog == null ? null : new AuditInterceptor(b.auditLog, b.clock);
        if (audit != null) {
            steps.add(audit);
        }
        steps.add(new AuthInterceptor(b.authenticator));
        steps.add(new RateLimitInterceptor(b.rateLimiter));
        steps.add(new ParseInterceptor(validator));
        steps.add(new RouteInterceptor(b.router));
        if (b.screener != null) {
            steps.add(new dev.veil.gateway.pipeline.ScreenInterceptor(b.screener));
        }
        java.util.function.Function<String, java.util.List<dev.veil.core.Finding>> analyses = b.analysisCacheEntries > 0
                ? new dev.veil.gateway.mask.AnalysisCache(b.analyzer, b.analysisCacheEntries) : b.analyzer::analyze;
        steps.add(new MaskInterceptor(ts -> new RequestMasker(analyses, ts, b.policy, json), b.vault, b.styles));
        steps.add(new RestoreInterceptor(b.metrics));
        if (b.monitors != null) {
            steps.add(new dev.veil.gateway.pipeline.OutputInterceptor(b.monitors));
        }
        steps.add(new UpstreamCall());
        this.chain = new InterceptorChain(steps);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The interceptor chain, for routing tests without sockets. */
    public InterceptorChain chain() {
        return chain;
    }

    public synchronized Gateway start() {
        http = new HttpLayer(b.host, b.port, chain, b.authenticator, b.keys, b.router, b.metrics, b.json, b.maxBodyBytes,
                b.readTimeout, this::adminAction, () -> audit == null || audit.healthy(), b.monitors);
        http.start();
        return this;
    }

    /**
     * Records an admin action (key or policy change) in the audit log before it takes effect for the
     * caller; throws if the log cannot be written (the admin endpoint then answers 503).
     */
    private void adminAction(String action) {
        b.onAdminAction.accept(action);
        if (b.auditLog != null) {
            try {
                b.auditLog.append(AuditRecord.builder(AuditKind.ADMIN, b.clock.instant())
                        .decision(action.substring(0, action.indexOf(' ')))
                        .attribute("action", action.replaceAll("[^A-Za-z0-9._: -]", "?"))
                        .status(200).build());
            } catch (RuntimeException e) {
                throw dev.veil.gateway.api.ApiException.unavailable("audit_unavailable",
                        "the audit log cannot be written; the admin action was recorded as failed");
            }
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return http.port();
    }

    public GatewayMetrics metrics() {
        return b.metrics;
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.stop();
            http = null;
        }
        b.router.close();
        b.rateLimiter.close();
    }

    /** Assembles a gateway; every part is required unless it has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Analyzer analyzer;
        private TokenSource vault;
        private ApiKeyStore keys;
        private Authenticator authenticator;
        private UpstreamRouter router;
        private GatewayPolicy policy = GatewayPolicy.defaults();
        private RateLimiter rateLimiter = RateLimiter.system();
        private GatewayMetrics metrics = new GatewayMetrics();
        private ObjectMapper json = new ObjectMapper();
        private long maxBodyBytes = 8L << 20;
        private int maxStringChars = 4 << 20;
        private int maxMessages = 4096;
        private Duration readTimeout = Duration.ofSeconds(30);
        private Consumer<String> onAdminAction = a -> { };
        private AuditLog auditLog;
        private long analysisCacheEntries = 20_000;
        private dev.veil.gateway.mask.TokenStyles styles = dev.veil.gateway.mask.TokenStyles.placeholders();
        private dev.veil.monitor.screen.InputScreener screener;
        private dev.veil.gateway.monitor.MonitorHolder monitors;
        private java.time.Clock clock = java.time.Clock.systemUTC();

        public Builder host(String h) {
            host = h;
            return this;
        }

        public Builder port(int p) {
            port = p;
            return this;
        }

        public Builder analyzer(Analyzer a) {
            analyzer = a;
            return this;
        }

        /** Persistent token source for conversation scopes (the vault). */
        public Builder vault(TokenSource v) {
            vault = v;
            return this;
        }

        public Builder keys(ApiKeyStore k, Authenticator a) {
            keys = k;
            authenticator = a;
            return this;
        }

        public Builder router(UpstreamRouter r) {
            router = r;
            return this;
        }

        public Builder policy(GatewayPolicy p) {
            policy = p;
            return this;
        }

        public Builder rateLimiter(RateLimiter r) {
            rateLimiter = r;
            return this;
        }

        public Builder metrics(GatewayMetrics m) {
            metrics = m;
            return this;
        }

        public Builder limits(long maxBody, int maxString, int maxMsgs, Duration read) {
            maxBodyBytes = maxBody;
            maxStringChars = maxString;
            maxMessages = maxMsgs;
            readTimeout = read;
            return this;
        }

        /** Placeholders or surrogates per type, for request-scoped tokens (the vault source has its own). */
        public Builder styles(dev.veil.gateway.mask.TokenStyles s) {
            styles = s;
            return this;
        }

        /** Size of the findings cache for repeated texts (conversation history); 0 disables it. */
        public Builder analysisCache(long entries) {
            analysisCacheEntries = entries;
            return this;
        }

        /** The audit log; every request and admin action is recorded, and a write failure refuses requests. */
        public Builder audit(AuditLog log) {
            auditLog = log;
            return this;
        }

        /** Input screening (prompt injection, hidden text, exfiltration); absent: not screened. */
        public Builder screener(dev.veil.monitor.screen.InputScreener s) {
            screener = s;
            return this;
        }

        /** Output monitoring (leaks, secrets, canaries, protected text, anomalies); absent: not monitored. */
        public Builder monitors(dev.veil.gateway.monitor.MonitorHolder m) {
            monitors = m;
            return this;
        }

        public Builder clock(java.time.Clock c) {
            clock = c;
            return this;
        }

        public Builder onAdminAction(Consumer<String> hook) {
            onAdminAction = hook;
            return this;
        }

        public Gateway build() {
            Objects.requireNonNull(analyzer, "analyzer");
            Objects.requireNonNull(vault, "vault");
            Objects.requireNonNull(authenticator, "authenticator");
            Objects.requireNonNull(router, "router");
            return new Gateway(this);
        }
    }
}
