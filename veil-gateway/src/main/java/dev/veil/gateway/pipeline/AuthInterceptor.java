package dev.veil.gateway.pipeline;

import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;

/** 401 unless the request carries a valid API key or JWT. */
public final class AuthInterceptor implements Interceptor {
    private final Authenticator authenticator;

    public AuthInterceptor(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Reply intercept(Chain chain) {
        var ex = chain.exchange();
        return chain.proceed(ex.withPrincipal(authenticator.authenticate(ex.header("authorization"))));
    }
}
