package dev.veil.monitor.output;

import dev.veil.core.Finding;
import dev.veil.core.SecretValue;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one conversation legitimately knows: the values the caller sent and the tokens the gateway
 * issued (pseudonyms, placeholders). An entity in an answer that is in neither set came from
 * somewhere else, the model's memory or training data, and is a leak.
 *
 * <p>Guarantee: only keyed 128-bit digests of normalised values are stored, never the values, so
 * a ledger kept in memory or on disk reveals nothing without the monitor's key. Thread-safe.
 */
public final class ConversationLedger {
    private final ValueHasher hasher;
    private final Set<ValueHasher.Digest> known = ConcurrentHashMap.newKeySet();
    /** Issued tokens not hashed yet (see {@link #recordIssuedTokensOnDemand}); null once hashed. */
    private volatile Collection<String> pendingTokens;

    ConversationLedger(ValueHasher hasher) {
        this.hasher = hasher;
    }

    /** Remembers every finding's value in a text the caller sent. */
    public void recordCallerText(String text, List<Finding> findings) {
        Objects.requireNonNull(text, "text");
        for (Finding f : findings) {
            add(text.subSequence(f.start(), f.end()));
        }
    }

    /** Remembers one value the caller sent. */
    public void recordCallerValue(SecretValue value) {
        add(value.reveal());
    }

    /** Remembers a token the gateway issued in this conversation. */
    public void recordIssuedToken(SecretValue token) {
        add(token.reveal());
    }

    /**
     * Remembers the tokens issued for one request, hashing them only when the ledger is first
     * consulted: most answers contain no entity to check, and hashing every token of every request
     * was a measurable share of the gateway's CPU. The collection must not change afterwards; it is
     * the request's own list (the ledger lives as long as the request) and is dropped once hashed.
     */
    public void recordIssuedTokensOnDemand(Collection<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        synchronized (this) {
            hashPending();
            pendingTokens = tokens;
        }
    }

    private void hashPending() {
        Collection<String> p = pendingTokens;
        if (p != null) {
            synchronized (this) {
                p = pendingTokens;
                if (p != null) {
                    p.forEach(this::add);
                    pendingTokens = null;
                }
            }
        }
    }

    /** Whether {@code value} (normalised) was sent by the caller or issued as a token. */
    public boolean isKnown(CharSequence value) {
        hashPending();
        ValueHasher.Digest d = hasher.hash(value);
        return d != null && known.contains(d);
    }

    public int size() {
        hashPending();
        return known.size();
    }

    private void add(CharSequence value) {
        ValueHasher.Digest d = hasher.hash(value);
        if (d != null) {
            known.add(d);
        }
    }

    @Override
    public String toString() {
        return "ConversationLedger[" + size() + " digests]";
    }
}
