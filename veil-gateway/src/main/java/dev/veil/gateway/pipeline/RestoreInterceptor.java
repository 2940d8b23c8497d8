package dev.veil.gateway.pipeline;

import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.restore.InventedTokenCounter;
import dev.veil.gateway.restore.ResponseRestorer;
import dev.veil.gateway.restore.RestoringChunkStream;
import java.util.Set;

/** Puts values back into the answer for what the caller may see; leaves other tokens in place. */
public final class RestoreInterceptor implements Interceptor {
    private final GatewayMetrics metrics;

    public RestoreInterceptor(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Reply intercept(Chain chain) {
        var ex = chain.exchange();
        Reply reply = chain.proceed(ex);
        InventedTokenCounter invented = new InventedTokenCounter(Set.of());
        return switch (reply) {
            case Reply.Json j -> {
                ResponseRestorer.restore(j.body(), ex.restorePlan(), invented);
                metrics.restored(ex.restorePlan().stats().replaced(), invented.count());
                yield j;
            }
            case Reply.Stream s -> new Reply.Stream(new MeteredStream(
                    new RestoringChunkStream(s.chunks(), ex.restorePlan(), invented),
                    () -> metrics.restored(ex.restorePlan().stats().replaced(), invented.count())));
        };
    }
}
