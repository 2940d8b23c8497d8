package dev.veil.gateway.chain;

import java.util.List;

/** Runs a fixed list of interceptors; the last one must produce the reply. Immutable. */
public final class InterceptorChain {
    private final List<Interceptor> interceptors;

    public InterceptorChain(List<Interceptor> interceptors) {
        if (interceptors.isEmpty()) {
            throw new IllegalArgumentException("empty chain");
        }
        this.interceptors = List.copyOf(interceptors);
    }

    public Reply run(Exchange exchange) {
        return new Step(0, exchange).proceed(exchange);
    }

    private final class Step implements Interceptor.Chain {
        private final int index;
        private final Exchange exchange;

        Step(int index, Exchange exchange) {
            this.index = index;
            this.exchange = exchange;
        }

        @Override
        public Exchange exchange() {
            return exchange;
        }

        @Override
        public Reply proceed(Exchange next) {
            if (index >= interceptors.size()) {
                throw new IllegalStateException("the last interceptor must not call proceed()");
            }
            return interceptors.get(index).intercept(new Step(index + 1, next));
        }
    }
}
