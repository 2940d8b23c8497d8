package dev.veil.gateway.restore;

/**
 * What to put back in a response, for one request and one caller: each issued token maps to its
 * original value (if the caller's role may reveal that type), to a masked form (if the policy says
 * so), or to nothing (the token stays). Built once per request from the masking session.
 *
 * <p>Guarantee: an original value enters the plan only through {@link Builder#reveal}, which the
 * gateway calls only for types in the caller's reveal set; everything produced from the plan can
 * contain only those values.
 */
public final class RestorePlan {
    private final TokenTrie trie;
    private final TokenTrie jsonTrie;

    /** Counters of one request's restore: tokens replaced. */
    public static final class Stats {
        long replaced;

        public long replaced() {
            return replaced;
        }
    }

    private final Stats stats = new Stats();

    private RestorePlan(TokenTrie trie, TokenTrie jsonTrie) {
        this.trie = trie;
        this.jsonTrie = jsonTrie;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A plan that changes nothing. */
    public static RestorePlan none() {
        return new Builder().build();
    }

    public boolean isEmpty() {
        return trie.isEmpty();
    }

    public Stats stats() {
        return stats;
    }

    /** Restores a complete text (non-streaming). */
    public String restoreAll(String text) {
        StreamingRestorer r = streaming();
        return r.feed(text) + r.finish();
    }

    /** Restores a complete JSON document's text where tokens appear inside JSON strings (tool arguments). */
    public String restoreAllInJson(String json) {
        StreamingRestorer r = streamingInJson();
        return r.feed(json) + r.finish();
    }

    /** A restorer for one streamed text field. */
    public StreamingRestorer streaming() {
        return new StreamingRestorer(trie, stats);
    }

    /** A restorer for one streamed JSON field (tool-call arguments): replacements are JSON-escaped. */
    public StreamingRestorer streamingInJson() {
        return new StreamingRestorer(jsonTrie, stats);
    }

    /** Collects the replacements of one request. */
    public static final class Builder {
        private final TokenTrie trie = new TokenTrie();
        private final TokenTrie jsonTrie = new TokenTrie();

        /** The caller may see this value: the token is replaced by the original. */
        public Builder reveal(String token, String original) {
            return put(token, original);
        }

        /** The caller may not see the value but the policy shows a masked form instead of the token. */
        public Builder maskAs(String token, String maskedForm) {
            return put(token, maskedForm);
        }

        private Builder put(String token, String replacement) {
            trie.put(token, replacement);
            jsonTrie.put(token, jsonEscape(replacement));
            return this;
        }

        public RestorePlan build() {
            return new RestorePlan(trie, jsonTrie);
        }
    }

    /** Escapes a string for use inside a JSON string literal (without the quotes), with Jackson's encoder. */
    static String jsonEscape(String s) {
        return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s));
    }
}
