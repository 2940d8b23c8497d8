package dev.veil.gateway.pipeline;

import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.upstream.UpstreamRouter;

/** 403 when the caller may not use the model, 404 when no upstream serves it. */
public final class RouteInterceptor implements Interceptor {
    private final UpstreamRouter router;

    public RouteInterceptor(UpstreamRouter router) {
        this.router = router;
    }

    @Override
    public Reply intercept(Chain chain) {
        var ex = chain.exchange();
        if (!ex.principal().mayUse(ex.model())) {
            throw ApiException.forbidden("model_not_allowed", "this key may not use the requested model");
        }
        return chain.proceed(ex.withUpstream(router.route(ex.model())));
    }
}
