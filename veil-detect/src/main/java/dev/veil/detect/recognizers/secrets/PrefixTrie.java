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
    /** Root children indexed by ASCII char (0 = none): the common case is one array read. */
    private final int[] rootNext = new int[128];
    private final int[][] ruleIds;
    private final ProviderRule[] byId;
    private static final int MAX_HITS = 4;

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
        }
        keys = k.toArray(new char[0][]);
        next = n.toArray(new int[0][]);
        rules = new ProviderRule[r.size()][];
        ruleIds = new int[r.size()][];
        byId = all.toArray(new ProviderRule[0]);
        for (int i = 0; i < rules.length; i++) {
            rules[i] = r.get(i).toArray(new ProviderRule[0]);
            ruleIds[i] = new int[rules[i].length];
            for (int j = 0; j < rules[i].length; j++) {
                ruleIds[i][j] = all.indexOf(rules[i][j]);
            }
        }
        for (int j = 0; j < keys[0].length; j++) {
            rootNext[keys[0][j]] = next[0][j];
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
        return c < 128 && rootNext[c] > 0;
    }

    /**
     * Tries every prefix that matches at {@code start}, longest first, and returns the first rule
     * whose body fits, packed as {@code (ruleId << 32) | end}, or -1. Allocation-free: this runs
     * at most word starts of every document.
     */
    long matchAt(CharSequence s, int start) {
        int n = s.length();
        if (start >= n) {
            return -1;
        }
        char c0 = s.charAt(start);
        if (c0 >= 128 || rootNext[c0] == 0) {
            return -1;
        }
        // Rule-bearing nodes along the path (at most MAX_HITS; prefixes nest only a few deep).
        int h0 = 0;
        int h1 = 0;
        int h2 = 0;
        int h3 = 0;
        int e0 = 0;
        int e1 = 0;
        int e2 = 0;
        int e3 = 0;
        int hits = 0;
        int node = rootNext[c0];
        int i = start + 1;
        while (true) {
            if (rules[node].length > 0) {
                switch (hits++) {
                    case 0 -> { h0 = node; e0 = i; }
                    case 1 -> { h1 = node; e1 = i; }
                    case 2 -> { h2 = node; e2 = i; }
                    default -> { h3 = node; e3 = i; }
                }
            }
            if (i >= n) {
                break;
            }
            char c = s.charAt(i);
            int child = child(node, c);
            if (child < 0) {
                break;
            }
            node = child;
            i++;
        }
        for (int k = Math.min(hits, MAX_HITS) - 1; k >= 0; k--) {
            int hn = k == 0 ? h0 : k == 1 ? h1 : k == 2 ? h2 : h3;
            int he = k == 0 ? e0 : k == 1 ? e1 : k == 2 ? e2 : e3;
            int[] ids = ruleIds[hn];
            for (int r = 0; r < ids.length; r++) {
                int end = rules[hn][r].match(s, start, he);
                if (end > 0) {
                    return ((long) ids[r] << 32) | end;
                }
            }
        }
        return -1;
    }

    ProviderRule rule(int id) {
        return byId[id];
    }

    private int child(int node, char c) {
        char[] k = keys[node];
        for (int j = 0; j < k.length; j++) {
            if (k[j] == c) {
                return next[node][j];
            }
        }
        return -1;
    }
}
