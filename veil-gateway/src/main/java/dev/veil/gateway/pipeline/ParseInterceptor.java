package dev.veil.gateway.pipeline;

import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;

/** 400 for a body that is not a valid request of its endpoint; otherwise parses it once. */
public final class ParseInterceptor implements Interceptor {
    private final RequestValidator validator;

    public ParseInterceptor(RequestValidator validator) {
        this.validator = validator;
    }

    @Override
    public Reply intercept(Chain chain) {
        var ex = chain.exchange();
        RequestValidator.Parsed p = validator.parse(ex.endpoint(), ex.rawBody());
        return chain.proceed(ex.withParsed(p.body(), p.model(), p.stream()));
    }
}
