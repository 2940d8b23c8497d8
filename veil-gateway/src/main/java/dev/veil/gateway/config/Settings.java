package dev.veil.gateway.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every setting of {@code veil serve}, in one table: its path in the YAML file, its type, its
 * default, and the environment variable that overrides it ({@code VEIL_} + the path in upper snake
 * case, plus the short names the README documents: VEIL_PORT, VEIL_HOST, VEIL_DATA, VEIL_MODEL).
 * List settings read comma-separated values from the environment. Items of {@code upstreams} and
 * {@code auth.roles} are configured in the file only.
 */
final class Settings {
    enum Kind { STRING, INT, LONG, DOUBLE, BOOL, DURATION, LIST, MAP_OF_STRINGS }

    record Setting(String path, Kind kind, String dflt, String env) {
    }

    static final Map<String, Setting> ALL = new LinkedHashMap<>();

    private static void add(String path, Kind kind, String dflt, String... aliases) {
        String env = aliases.length > 0 ? aliases[0] : "VEIL_" + path.toUpperCase(Locale.ROOT).replace('.', '_');
        ALL.put(path, new Setting(path, kind, dflt, env));
    }

    static {
        add("listen.host", Kind.STRING, "127.0.0.1", "VEIL_HOST");
        add("listen.port", Kind.INT, "8080", "VEIL_PORT");
        add("data", Kind.STRING, "./veil-data", "VEIL_DATA");
        add("model", Kind.STRING, null, "VEIL_MODEL");
        add("engine.threads", Kind.INT, "0");
        add("engine.context", Kind.INT, "2048");
        add("engine.parallel", Kind.INT, "2");
        add("upstream.url", Kind.STRING, null);
        add("upstream.kind", Kind.STRING, "openai");
        add("upstream.models", Kind.LIST, "*");
        add("upstream.api_key", Kind.STRING, null);
        add("egress.allow", Kind.LIST, "");
        add("limits.max_body_bytes", Kind.LONG, "8388608");
        add("limits.max_field_chars", Kind.INT, "4194304");
        add("limits.max_messages", Kind.INT, "4096");
        add("limits.read_timeout", Kind.DURATION, "30s");
        add("limits.redis", Kind.STRING, null);
        add("limits.redis_prefix", Kind.STRING, "veil:");
        add("policy.preset", Kind.STRING, "all");
        add("policy.min_score", Kind.DOUBLE, "0.5");
        add("policy.block", Kind.LIST, "PRIVATE_KEY,PASSWORD");
        add("policy.masked_forms", Kind.MAP_OF_STRINGS, "");
        add("policy.allow_unscannable_parts", Kind.BOOL, "false");
        add("policy.surrogate", Kind.LIST, "");
        add("policy.analysis_cache", Kind.LONG, "20000");
        add("auth.jwt.jwks", Kind.STRING, null);
        add("auth.jwt.issuer", Kind.STRING, null);
        add("auth.jwt.audience", Kind.STRING, null);
        add("auth.jwt.roles_claim", Kind.STRING, "roles");
        add("auth.jwt.tenant_claim", Kind.STRING, "tenant");
        add("auth.jwt.default_tenant", Kind.STRING, "default");
        add("auth.jwt.requests_per_minute", Kind.INT, "0");
        add("auth.jwt.tokens_per_day", Kind.LONG, "0");
        add("monitor.screening", Kind.BOOL, "true");
        add("monitor.output", Kind.BOOL, "true");
        add("monitor.stream_hold", Kind.INT, "64");
        add("monitor.canaries", Kind.MAP_OF_STRINGS, "");
        add("monitor.protected_dir", Kind.STRING, null);
        add("alerts.webhook", Kind.STRING, null);
        add("alerts.syslog", Kind.STRING, null);
        add("alerts.syslog_protocol", Kind.STRING, "udp");
        add("vault.ttl", Kind.DURATION, "0s");
        add("audit.retention", Kind.DURATION, "365d");
        add("audit.alert_retention", Kind.DURATION, "730d");
        add("audit.hold_scopes", Kind.LIST, "");
        add("audit.hold_keys", Kind.LIST, "");
        add("audit.fsync", Kind.STRING, "group");
        add("audit.group_ms", Kind.INT, "0");
    }

    /** Settings whose items are objects with their own keys (file only). */
    static final Map<String, java.util.Set<String>> OBJECT_LISTS = Map.of(
            "upstreams", java.util.Set.of("name", "kind", "url", "models", "api_key", "api_key_env", "timeout",
                    "connect_timeout", "retries", "max_concurrency", "queue_timeout"));

    /** Maps whose values are objects with their own keys (file only). */
    static final Map<String, java.util.Set<String>> OBJECT_MAPS = Map.of(
            "auth.roles", java.util.Set.of("models", "reveal"));

    private Settings() {
    }
}
