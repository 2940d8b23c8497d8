package dev.veil.gateway.chain;

/**
 * One small step of the gateway pipeline (OkHttp style): it may inspect or replace the exchange,
 * call {@link Chain#proceed} to run the rest, and inspect or wrap the reply on the way back.
 * Throwing {@link dev.veil.gateway.api.ApiException} answers the client with that error; no
 * later step runs, so nothing reaches the upstream after a refusal.
 */
@FunctionalInterface
public interface Interceptor {
    Reply intercept(Chain chain);

    /** The rest of the pipeline, as seen from one interceptor. */
    interface Chain {
        Exchange exchange();

        Reply proceed(Exchange exchange);
    }
}
