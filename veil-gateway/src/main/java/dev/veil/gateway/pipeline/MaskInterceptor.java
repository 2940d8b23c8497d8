package dev.veil.gateway.pipeline;

import dev.veil.core.Scope;
import dev.veil.gateway.chain.Exchange;
import dev.veil.gateway.chain.Interceptor;
import dev.veil.gateway.chain.Reply;
import dev.veil.gateway.mask.EphemeralTokens;
import dev.veil.gateway.mask.RequestMasker;
import dev.veil.gateway.mask.TokenSource;
import java.util.function.Function;

/**
 * Masks the request. The pseudonym scope is the conversation (tenant + conversation id, tokens kept
 * in the persistent vault so later turns reuse them) or, without a conversation id, the request
 * alone (tokens kept in memory only). Builds the caller's restore plan at the same time.
 */
public final class MaskInterceptor implements Interceptor {
    private final Function<TokenSource, RequestMasker> maskers;
    private final RequestMasker persistent;
    private final dev.veil.gateway.mask.TokenStyles styles;

    /**
     * @param maskers    makes a masker over a given token source (used for one-request scopes)
     * @param vault      the persistent token source for conversation scopes
     */
    public MaskInterceptor(Function<TokenSource, RequestMasker> maskers, TokenSource vault,
                           dev.veil.gateway.mask.TokenStyles styles) {
        this.maskers = maskers;
        this.persistent = maskers.apply(vault);
        this.styles = styles;
    }

    @Override
    public Reply intercept(Chain chain) {
        Exchange ex = chain.exchange();
        String conversation = Conversation.take(ex.header(Conversation.HEADER), ex.body());
        String tenant = ex.principal().tenant();
        Scope scope;
        RequestMasker masker;
        if (conversation != null) {
            scope = Scope.of(tenant, "conv:" + conversation);
            masker = persistent;
        } else {
            scope = Scope.of(tenant, "req:" + ex.requestId());
            masker = maskers.apply(new EphemeralTokens(styles));
        }
        RequestMasker.Masked m = masker.mask(ex.endpoint(), ex.body(), scope, ex.principal());
        java.util.Map<String, Integer> ops = new java.util.TreeMap<>();
        m.counts().forEach((t, n) -> ops.merge(styles.operator(t), n, Integer::sum));
        ex.facts().masked(m.counts(), ops, scope.key());
        return chain.proceed(ex.withMasking(m.body(), scope, m.plan(), m.issuedTokens()));
    }
}
