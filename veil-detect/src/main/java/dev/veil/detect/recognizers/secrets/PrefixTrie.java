package dev.veil.detect.recognizers.secrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compact, immutable trie of the provider prefixes: the "one scan for 50+ providers" index.
 * Starting at a candidate position it follows the text one character per step, so matching all
 * prefixes at a position costs the length of the longest matching prefix, whatever the number of
 * rules. Nodes keep their children as parallel sorted arrays (a handful each), which is smaller
 * and, for ASCII, faster than the boxed maps of a general Aho-Corasick library; we only need
 * anchored matches at token starts, not the failure links of full Aho-Corasick.
 */
final class PrefixTrie {
    private final char[][] keys;
    private final int[][] next;
    private final ProviderRule[][] rules;
    /** ASCII characters that start at least one prefix. */
    private final boolean[] first = new boolean[128];

    PrefixTrie(List<ProviderRule> all) {
        List<char[]> k = new ArrayList<>();
        List<int[]> n = new ArrayList<>();
        List<List<ProviderRule>> r = new ArrayList<>();
        k.add(new char[0]);
        n.add(new int[0]);
        r.add(new ArrayList<>());
        for (ProviderRule rule : all) {
            int node = 0;
            for (char c : rule.prefix().toCharArray()) {
                if (c >= 128) {
                    throw new IllegalArgumentException("prefixes are ASCII: " + rule.provider());
                }
                int idx = Arrays.binarySearch(k.get(node), c);
                if (idx >= 0) {
                    node = n.get(node)[idx];
                    continue;
                }
                int ins = -idx - 1;
                int child = k.size();
                k.add(new char[0]);
                n.add(new int[0]);
                r.add(new ArrayList<>());
                k.set(node, insert(k.get(node), ins, c));
                n.set(node, insert(n.get(node), ins, child));
                node = child;
            }
            r.get(node).add(rule);
            first[rule.prefix().charAt(0)] = true;
        }
        keys = k.toArray(new char[0][]);
        next = n.toArray(new int[0][]);
        rules = new ProviderRule[r.size()][];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = r.get(i).toArray(new ProviderRule[0]);
        }
    }

    private static char[] insert(char[] a, int at, char c) {
        char[] b = new char[a.length + 1];
        System.arraycopy(a, 0, b, 0, at);
        b[at] = c;
        System.arraycopy(a, at, b, at + 1, a.length - at);
        return b;
    }

    private static int[] insert(int[] a, int at, int v) {
        int[] b = new int[a.length + 1];
        System.arraycopy(a, 0, b, 0, at);
        b[at] = v;
        System.arraycopy(a, at, b, at + 1, a.length - at);
        return b;
    }

    boolean mayStart(char c) {
        return c < 128 && first[c];
    }

    /** Receives a token that matched a rule. */
    interface Hit {
        void accept(ProviderRule rule, int start, int end);
    }

    /**
     * Tries every prefix that matches at {@code start}, longest first, and reports the first rule
     * whose body fits. Returns the end of the reported token, or -1.
     */
    int matchAt(CharSequence s, int start, Hit hit) {
        // Nodes that carry rules along the path, deepest last. Allocated only when a whole prefix
        // matched, which is rare in ordinary text, so the common case allocates nothing.
        int[] found = null;
        int foundCount = 0;
        int node = 0;
        int i = start;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128) {
                break;
            }
            int idx = Arrays.binarySearch(keys[node], c);
            if (idx < 0) {
                break;
            }
            node = next[node][idx];
            i++;
            if (rules[node].length > 0) {
                if (found == null) {
                    found = new int[8];
                } else if (foundCount == found.length) {
                    found = Arrays.copyOf(found, foundCount * 2);
                }
                found[foundCount++] = node;
                found[foundCount++] = i;
            }
        }
        for (int f = foundCount - 2; f >= 0; f -= 2) {
            for (ProviderRule rule : rules[found[f]]) {
                int end = rule.match(s, start, found[f + 1]);
                if (end > 0) {
                    hit.accept(rule, start, end);
                    return end;
                }
            }
        }
        return -1;
    }
}
