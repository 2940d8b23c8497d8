package dev.veil.gateway.pipeline;

import dev.veil.core.EntityType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics through Micrometer. Labels are fixed vocabularies only (endpoint, status class,
 * entity type, outcome, model and upstream names from configuration): never a value, token, prompt
 * or key.
 */
public final class GatewayMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter restored;
    private final Counter invented;

    public GatewayMetrics() {
        restored = Counter.builder("veil_tokens_restored").description("tokens put back into answers").register(registry);
        invented = Counter.builder("veil_invented_tokens")
                .description("token-shaped strings in answers that were never issued (left as they are)")
                .register(registry);
    }

    public void request(String endpoint, int status, String model, long nanos) {
        Timer.builder("veil_requests").description("proxied requests")
                .tag("endpoint", endpoint).tag("status", Integer.toString(status))
                .tag("model", model == null ? "none" : model)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void masked(Map<EntityType, Integer> counts) {
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
            registry.counter("veil_entities_masked", "type", e.getKey().name()).increment(e.getValue());
        }
    }

    public void refused(String code) {
        registry.counter("veil_refused", "code", code == null ? "unknown" : code).increment();
    }

    void restored(long tokens, long inventedTokens) {
        restored.increment(tokens);
        invented.increment(inventedTokens);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
