package dev.veil.gateway.restore;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie over the tokens issued for one request, answering, at a position of a text:
 * the longest token that starts there, and whether a longer token could still start there if more
 * text arrived. Built once per request; immutable afterwards; not shared across requests.
 */
final class TokenTrie {
    private final Node root = new Node();
    private int size;

    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>(4);
        private String replacement; // non-null: a token ends here
    }

    /** Adds {@code token}, to be replaced by {@code replacement}. The first mapping of a token wins. */
    void put(String token, String replacement) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        Node n = root;
        for (int i = 0; i < token.length(); i++) {
            n = n.next.computeIfAbsent(token.charAt(i), c -> new Node());
        }
        if (n.replacement == null) {
            n.replacement = replacement;
            size++;
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Result of a match attempt at one position. */
    record Match(int length, String replacement, boolean mayExtend) {
        static final Match NONE = new Match(0, null, false);
    }

    /**
     * Walks the trie from {@code text[from]}. {@code length} is the longest complete token found
     * (0 if none); {@code mayExtend} is true when the walk reached the end of the text still inside
     * the trie, so a longer token might follow once more text arrives.
     */
    Match matchAt(CharSequence text, int from) {
        Node n = root;
        int bestLen = 0;
        String best = null;
        int i = from;
        int len = text.length();
        while (i < len) {
            Node child = n.next.get(text.charAt(i));
            if (child == null) {
                return bestLen == 0 ? Match.NONE : new Match(bestLen, best, false);
            }
            n = child;
            i++;
            if (n.replacement != null) {
                bestLen = i - from;
                best = n.replacement;
            }
        }
        boolean mayExtend = !n.next.isEmpty();
        if (bestLen == 0 && !mayExtend) {
            return Match.NONE;
        }
        return new Match(bestLen, best, mayExtend);
    }
}
