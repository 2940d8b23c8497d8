package dev.veil.gateway.upstream;

import dev.veil.gateway.api.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes a model name to the upstream that serves it. An upstream may declare "*" to take every
 * model no other upstream names (a default route). Built once; immutable.
 */
public final class UpstreamRouter implements AutoCloseable {
    private final Map<String, Upstream> byModel;
    private final Upstream fallback;
    private final List<Upstream> all;

    public UpstreamRouter(List<Upstream> upstreams) {
        Map<String, Upstream> m = new LinkedHashMap<>();
        Upstream fb = null;
        for (Upstream u : upstreams) {
            for (String model : u.models()) {
                if (model.equals("*")) {
                    if (fb != null) {
                        throw new IllegalArgumentException("two upstreams claim the default model route '*'");
                    }
                    fb = u;
                } else if (m.putIfAbsent(model, u) != null) {
                    throw new IllegalArgumentException("model '" + model + "' is served by two upstreams");
                }
            }
        }
        this.byModel = Map.copyOf(m);
        this.fallback = fb;
        this.all = List.copyOf(upstreams);
    }

    public Upstream route(String model) {
        Upstream u = byModel.get(model);
        if (u == null) {
            u = fallback;
        }
        if (u == null) {
            if (all.isEmpty()) {
                throw new ApiException(503, "service_unavailable", "no_model_configured",
                        "no model is configured: start with 'veil serve --model FILE.gguf' (or VEIL_MODEL), "
                                + "or add an upstream in the configuration file");
            }
            throw ApiException.notFound("model_not_found", "the requested model does not exist on this gateway");
        }
        return u;
    }

    /** Model names for GET /v1/models (the default route is not listed). */
    public List<String> models() {
        return new ArrayList<>(byModel.keySet());
    }

    public List<Upstream> upstreams() {
        return all;
    }

    @Override
    public void close() {
        for (Upstream u : all) {
            u.close();
        }
    }
}
