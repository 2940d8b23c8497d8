package dev.veil.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.core.EntityType;
import dev.veil.core.Preset;
import dev.veil.core.SecretValue;
import dev.veil.detect.Analyzer;
import dev.veil.gateway.Gateway;
import dev.veil.gateway.auth.ApiKeyStore;
import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.auth.JwtVerifier;
import dev.veil.gateway.auth.Principal;
import dev.veil.gateway.auth.RolePolicy;
import dev.veil.gateway.engine.EmbeddedLlamaUpstream;
import dev.veil.gateway.limit.LimitStoreException;
import dev.veil.gateway.limit.RateLimiter;
import dev.veil.gateway.limit.RedisLimitStore;
import dev.veil.gateway.mask.GatewayPolicy;
import dev.veil.gateway.mask.TokenSource;
import dev.veil.gateway.upstream.EgressGuard;
import dev.veil.gateway.upstream.OpenAiUpstream;
import dev.veil.gateway.upstream.OllamaUpstream;
import dev.veil.gateway.upstream.Upstream;
import dev.veil.gateway.upstream.UpstreamRouter;
import dev.veil.gateway.upstream.UpstreamSettings;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Gateway} from configuration: upstreams (file list, one from VEIL_UPSTREAM_URL, the
 * embedded engine from {@code model}), the egress guard (checked here, at configuration time),
 * authentication (API keys in the data directory, optional JWT), limits and the masking policy.
 */
public final class GatewayFactory {
    private GatewayFactory() {
    }

    /** What {@code veil serve} needs besides the gateway itself. */
    public record Parts(Gateway gateway, ApiKeyStore keys, Path dataDir, List<String> models, int upstreams) {
    }

    public static Parts build(RawConfig c, TokenSource vault, dev.veil.gateway.mask.TokenStyles styles,
                              dev.veil.audit.AuditLog audit, Analyzer.Builder analyzerBase) {
        ObjectMapper json = new ObjectMapper();
        Path data = Path.of(c.string("data"));
        EgressGuard guard = new EgressGuard(c.list("egress.allow"));
        List<Upstream> ups = upstreams(c, guard, json, data);
        ApiKeyStore keys = new ApiKeyStore(data.resolve("keys.json"), Clock.systemUTC(), new SecureRandom());
        RolePolicy roles = roles(c);
        JwtVerifier jwt = null;
        if (c.string("auth.jwt.jwks") != null) {
            if (c.string("auth.jwt.issuer") == null) {
                throw new ConfigException("auth.jwt.issuer is required when auth.jwt.jwks is set");
            }
            jwt = new JwtVerifier(c.string("auth.jwt.jwks"), c.string("auth.jwt.issuer"), c.string("auth.jwt.audience"),
                    c.string("auth.jwt.roles_claim"), c.string("auth.jwt.tenant_claim"), c.string("auth.jwt.default_tenant"),
                    roles, new Principal.Limits(c.integer("auth.jwt.requests_per_minute"), c.longValue("auth.jwt.tokens_per_day")));
        }
        Preset preset = Preset.parse(c.string("policy.preset")).orElseThrow(() ->
                new ConfigException("policy.preset must be one of hipaa, pci, gdpr, glba, secrets, all"));
        Analyzer analyzer = analyzerBase.preset(preset).minScore(c.decimal("policy.min_score")).build();
        GatewayPolicy policy = new GatewayPolicy(types(c.list("policy.block"), "policy.block"),
                maskedForms(c.map("policy.masked_forms")), c.bool("policy.allow_unscannable_parts"),
                types(c.list("policy.surrogate"), "policy.surrogate"));
        UpstreamRouter router = new UpstreamRouter(ups);
        MonitorParts mon = MonitorParts.build(c, data, audit);
        Gateway g = Gateway.builder()
                .screener(mon.screener())
                .monitors(mon.monitors())
                .host(c.string("listen.host"))
                .port(c.integer("listen.port"))
                .analyzer(analyzer)
                .vault(vault)
                .styles(styles)
                .analysisCache(c.longValue("policy.analysis_cache"))
                .audit(audit)
                .keys(keys, new Authenticator(keys, roles, jwt))
                .router(router)
                .policy(policy)
                .limits(c.longValue("limits.max_body_bytes"), c.integer("limits.max_field_chars"),
                        c.integer("limits.max_messages"), c.duration("limits.read_timeout"))
                .rateLimiter(rateLimiter(c))
                .build();
        List<String> models = new ArrayList<>(router.models());
        return new Parts(g, keys, data, models, ups.size());
    }

    /** In-process limits, or limits shared by every replica through Redis when {@code limits.redis} is set. */
    static RateLimiter rateLimiter(RawConfig c) {
        String redis = c.string("limits.redis");
        if (redis == null || redis.isBlank()) {
            return RateLimiter.system();
        }
        URI uri;
        try {
            uri = URI.create(redis.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(c.where("limits.redis") + ": not a redis:// URI");
        }
        try {
            return new RateLimiter(RedisLimitStore.open(uri,
                    c.string("limits.redis_prefix")), Clock.systemUTC());
        } catch (LimitStoreException e) {
            throw new ConfigException(c.where("limits.redis") + ": " + e.getMessage());
        }
    }

    /** The audit log's configuration: {@code <data>/audit}, fsync policy from {@code audit.fsync}. */
    public static dev.veil.audit.AuditLogConfig auditConfig(RawConfig c) {
        dev.veil.audit.FsyncPolicy p = switch (c.string("audit.fsync").toLowerCase(java.util.Locale.ROOT)) {
            case "always" -> dev.veil.audit.FsyncPolicy.ALWAYS;
            case "group" -> dev.veil.audit.FsyncPolicy.GROUP;
            case "periodic" -> dev.veil.audit.FsyncPolicy.PERIODIC;
            default -> throw new ConfigException("audit.fsync must be always, group or periodic");
        };
        return dev.veil.audit.AuditLogConfig.builder(Path.of(c.string("data")).resolve("audit")).fsyncPolicy(p)
                .fsyncInterval(Duration.ofMillis(p == dev.veil.audit.FsyncPolicy.PERIODIC ? 1000 : c.integer("audit.group_ms")))
                .build();
    }

    private static List<Upstream> upstreams(RawConfig c, EgressGuard guard, ObjectMapper json, Path data) {
        List<Upstream> ups = new ArrayList<>();
        JsonNode list = c.node("upstreams");
        if (list != null && list.isArray()) {
            int i = 0;
            for (JsonNode u : list) {
                ups.add(upstream(u, "upstreams[" + i++ + "]", guard, json, c));
            }
        }
        String url = c.string("upstream.url");
        if (url != null) {
            UpstreamSettings s = UpstreamSettings.DEFAULTS;
            String key = c.string("upstream.api_key");
            Set<String> models = new HashSet<>(c.list("upstream.models"));
            ups.add(kind(c.string("upstream.kind"), "default", URI.create(url), models,
                    key == null ? null : SecretValue.of(key), s, guard, json));
        }
        String model = c.string("model");
        if (model != null) {
            Path gguf = Path.of(model);
            String name = gguf.getFileName().toString().replaceFirst("\\.gguf$", "");
            int threads = c.integer("engine.threads");
            ups.add(new EmbeddedLlamaUpstream(name, gguf, data.resolve("native"),
                    threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors()),
                    c.integer("engine.context"), c.integer("engine.parallel"), json));
        }
        return ups;
    }

    private static Upstream upstream(JsonNode u, String where, EgressGuard guard, ObjectMapper json, RawConfig c) {
        String name = u.path("name").asText(where);
        if (!u.hasNonNull("url")) {
            throw new ConfigException(where + ": 'url' is required");
        }
        Set<String> models = new HashSet<>();
        u.path("models").forEach(m -> models.add(m.asText()));
        if (models.isEmpty()) {
            throw new ConfigException(where + ": 'models' lists the model names this upstream serves (or \"*\")");
        }
        SecretValue key = null;
        if (u.hasNonNull("api_key_env")) {
            String v = System.getenv(u.get("api_key_env").asText());
            if (v == null) {
                throw new ConfigException(where + ": environment variable " + u.get("api_key_env").asText() + " is not set");
            }
            key = SecretValue.of(v);
        } else if (u.hasNonNull("api_key")) {
            key = SecretValue.of(u.get("api_key").asText());
        }
        UpstreamSettings d = UpstreamSettings.DEFAULTS;
        UpstreamSettings s = new UpstreamSettings(
                dur(u, "timeout", d.timeout(), where), dur(u, "connect_timeout", d.connectTimeout(), where),
                u.path("retries").asInt(d.retries()), u.path("max_concurrency").asInt(d.maxConcurrency()),
                dur(u, "queue_timeout", d.queueTimeout(), where));
        try {
            return kind(u.path("kind").asText("openai"), name, URI.create(u.get("url").asText()), models, key, s, guard, json);
        } catch (EgressGuard.EgressRefused e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }

    private static Upstream kind(String kind, String name, URI url, Set<String> models, SecretValue key,
                                 UpstreamSettings s, EgressGuard guard, ObjectMapper json) {
        return switch (kind) {
            case "openai" -> new OpenAiUpstream(name, url, models, key, s, guard, json);
            case "ollama" -> new OllamaUpstream(name, url, models, s, guard, json);
            default -> throw new ConfigException("upstream '" + name + "': kind must be openai or ollama");
        };
    }

    private static Duration dur(JsonNode u, String field, Duration dflt, String where) {
        return u.hasNonNull(field) ? RawConfig.parseDuration(u.get(field).asText(), where + "." + field) : dflt;
    }

    private static RolePolicy roles(RawConfig c) {
        JsonNode r = c.node("auth.roles");
        Map<String, RolePolicy.Grant> out = new HashMap<>();
        if (r != null && r.isObject()) {
            r.properties().forEach(e -> {
                Set<String> models = new HashSet<>();
                e.getValue().path("models").forEach(m -> models.add(m.asText()));
                List<String> reveal = new ArrayList<>();
                e.getValue().path("reveal").forEach(t -> reveal.add(t.asText()));
                out.put(e.getKey(), new RolePolicy.Grant(models, types(reveal, "auth.roles." + e.getKey() + ".reveal")));
            });
        }
        return new RolePolicy(out);
    }

    private static Set<EntityType> types(List<String> names, String where) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String n : names) {
            if (n.equalsIgnoreCase("all")) {
                out.addAll(EnumSet.allOf(EntityType.class));
                continue;
            }
            out.add(EntityType.parse(n).orElseThrow(() -> new ConfigException(where + ": unknown entity type '"
                    + (n.matches("[A-Za-z_]{1,40}") ? n : "?") + "'")));
        }
        return out;
    }

    private static Map<EntityType, String> maskedForms(Map<String, String> raw) {
        Map<EntityType, String> out = new HashMap<>();
        raw.forEach((k, v) -> out.put(EntityType.parse(k).orElseThrow(() ->
                new ConfigException("policy.masked_forms: unknown entity type")), v));
        return out;
    }
}
