package dev.veil.gateway.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.auth.Principal;
import dev.veil.gateway.chain.ChunkStream;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.limit.RateLimiter;

/** 429 when the caller's request rate or daily token quota is spent; counts tokens used. */
public final class RateLimitInterceptor implements Interceptor {
    private final RateLimiter limiter;

    public RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Reply intercept(Chain chain) {
        Principal p = chain.exchange().principal();
        limiter.acquire(p);
        Reply reply = chain.proceed(chain.exchange());
        return switch (reply) {
            case Reply.Json j -> {
                limiter.recordTokens(p, j.body().path("usage").path("total_tokens").asLong(0));
                yield j;
            }
            case Reply.Stream s -> new Reply.Stream(new Counting(s.chunks(), p));
        };
    }

    /** Adds the usage reported in a stream's chunks (stream_options.include_usage) to the quota. */
    private final class Counting implements ChunkStream {
        private final ChunkStream in;
        private final Principal p;

        Counting(ChunkStream in, Principal p) {
            this.in = in;
            this.p = p;
        }

        @Override
        public ObjectNode next() {
            ObjectNode c = in.next();
            if (c != null && c.has("usage")) {
                limiter.recordTokens(p, c.path("usage").path("total_tokens").asLong(0));
            }
            return c;
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
