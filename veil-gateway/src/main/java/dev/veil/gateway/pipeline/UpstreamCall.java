package dev.veil.gateway.pipeline;

import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;

/** The last step: sends the masked request to the routed upstream. */
public final class UpstreamCall implements Interceptor {
    @Override
    public Reply intercept(Chain chain) {
        var ex = chain.exchange();
        return ex.upstream().call(ex.endpoint(), ex.body(), ex.stream());
    }
}
