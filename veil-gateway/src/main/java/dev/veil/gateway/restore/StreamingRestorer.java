package dev.veil.gateway.restore;

/**
 * Replaces tokens in text that arrives in pieces (a model's streamed answer), emitting as much as
 * possible as early as possible.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Output equals {@link RestorePlan#restoreAll} of the concatenated input, whatever the chunking:
 *       matches are leftmost-longest and non-overlapping in both.
 *   <li>Only text that could still be the beginning of a token is held back, and no more: after each
 *       {@link #feed}, the held text is the shortest suffix whose every start position could extend
 *       into a token.
 *   <li>A token is never emitted in part, and a replacement is emitted whole or not at all.
 *       Replacements come from the plan, which holds originals only for types the caller may see.
 *   <li>{@link #finish} flushes held text as-is (the model's own partial text, not a value), so a
 *       stream that ends mid-token ends cleanly.
 * </ul>
 * Not thread-safe: one instance per streamed field.
 */
public final class StreamingRestorer {
    private final TokenTrie trie;
    private final RestorePlan.Stats stats;
    private final StringBuilder pending = new StringBuilder();

    StreamingRestorer(TokenTrie trie, RestorePlan.Stats stats) {
        this.trie = trie;
        this.stats = stats;
    }

    /** Adds a chunk and returns the text that can be emitted now (possibly empty). */
    public String feed(String chunk) {
        if (trie.isEmpty()) {
            return chunk;
        }
        pending.append(chunk);
        return drain(false);
    }

    /** Ends the stream: returns everything still held, with complete tokens replaced. */
    public String finish() {
        if (pending.isEmpty()) {
            return "";
        }
        return drain(true);
    }

    /** Number of chars currently held back. */
    public int held() {
        return pending.length();
    }

    private String drain(boolean atEnd) {
        StringBuilder out = new StringBuilder(pending.length() + 16);
        int i = 0;
        int n = pending.length();
        while (i < n) {
            TokenTrie.Match m = trie.matchAt(pending, i);
            if (m.mayExtend() && !atEnd) {
                break; // could still become a (longer) token: hold from here
            }
            if (m.length() > 0) {
                out.append(m.replacement());
                stats.replaced++;
                i += m.length();
            } else {
                out.append(pending.charAt(i));
                i++;
            }
        }
        pending.delete(0, i);
        return out.toString();
    }
}
