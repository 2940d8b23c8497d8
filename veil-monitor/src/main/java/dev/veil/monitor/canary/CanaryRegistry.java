package dev.veil.monitor.canary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Admin-registered canary strings: unique markers planted in fine-tuning data or confidential
 * documents, so that one showing up in an answer proves the model (or a retrieval path) leaked
 * them. Matching is Aho-Corasick (org.ahocorasick), case-insensitive, linear in the answer length
 * whatever the number of canaries.
 *
 * <p>Immutable once built; an admin change builds a new registry. A canary is reported by its id
 * (an admin-chosen label), never by its text.
 */
public final class CanaryRegistry {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Short canaries would match ordinary words; the floor keeps false alarms away. */
    public static final int MIN_LENGTH = 8;

    private static final CanaryRegistry EMPTY = new CanaryRegistry(null, 0, 0);

    private final PayloadTrie<String> trie;
    private final int size;
    private final int maxLength;

    private CanaryRegistry(PayloadTrie<String> trie, int size, int maxLength) {
        this.trie = trie;
        this.size = size;
        this.maxLength = maxLength;
    }

    public static CanaryRegistry empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return size;
    }

    /** Longest canary, in chars: a streaming scan keeps this much context between chunks. */
    public int maxLength() {
        return maxLength;
    }

    /** One canary occurrence: the canary's id and where it is (end exclusive). */
    public record Hit(String canaryId, int start, int end) {
    }

    /** Every canary occurrence in {@code text}, in order. */
    public List<Hit> find(CharSequence text) {
        if (trie == null || text.length() == 0) {
            return List.of();
        }
        Collection<PayloadEmit<String>> emits = trie.parseText(text);
        List<Hit> out = new ArrayList<>(emits.size());
        for (PayloadEmit<String> e : emits) {
            out.add(new Hit(e.getPayload(), e.getStart(), e.getEnd() + 1));
        }
        return out;
    }

    @Override
    public String toString() {
        return "CanaryRegistry[" + size + " canaries]";
    }

    /** Collects canaries; not thread-safe. */
    public static final class Builder {
        private final Map<String, String> canaries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers {@code canary} under {@code id}.
         *
         * @throws IllegalArgumentException if the id is not a safe label or the canary is shorter
         *                                  than {@link #MIN_LENGTH} (the message never shows it)
         */
        public Builder add(String id, String canary) {
            Objects.requireNonNull(canary, "canary");
            if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
                throw new IllegalArgumentException("canary id must match " + ID.pattern());
            }
            if (canary.strip().length() < MIN_LENGTH) {
                throw new IllegalArgumentException("canary '" + id + "' is shorter than " + MIN_LENGTH + " chars");
            }
            canaries.put(canary.strip(), id);
            return this;
        }

        public CanaryRegistry build() {
            if (canaries.isEmpty()) {
                return EMPTY;
            }
            PayloadTrie.PayloadTrieBuilder<String> b = PayloadTrie.<String>builder().ignoreCase();
            int max = 0;
            for (Map.Entry<String, String> e : canaries.entrySet()) {
                b.addKeyword(e.getKey(), e.getValue());
                max = Math.max(max, e.getKey().length());
            }
            return new CanaryRegistry(b.build(), canaries.size(), max);
        }
    }
}
