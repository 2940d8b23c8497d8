package dev.veil.monitor.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of every phrase-rule anchor in a view's text in one pass, and turns them
 * into each rule's match windows.
 *
 * <p>Why: the rules have about 300 anchors (their normal and squashed spellings), and looking each
 * one up with {@code indexOf} scanned the prompt 300 times per view. Here each position is checked
 * once against the anchors starting with its two chars. The occurrences found are the same as
 * repeated {@code indexOf} (overlapping ones included), so the windows are the same.
 */
final class AnchorIndex {
    private final List<String> anchors;
    /** The anchors' chars, for comparing in place (the first two are known to match already). */
    private final char[][] chars;
    /** Anchor ids by first and second char (both ASCII); null where none. */
    private final int[][][] byBigram = new int[128][][];
    /** Anchors whose first or second char is not ASCII: checked with startsWith at non-ASCII chars. */
    private final int[] others;
    /** For each rule: its anchor ids in the normal view and in the squashed view. */
    private final int[][] normalIds;
    private final int[][] squashedIds;

    AnchorIndex(List<PhraseRule> rules) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        normalIds = new int[rules.size()][];
        squashedIds = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<String> as = rules.get(r).anchors();
            normalIds[r] = new int[as.size()];
            squashedIds[r] = new int[as.size()];
            for (int k = 0; k < as.size(); k++) {
                normalIds[r][k] = ids.computeIfAbsent(as.get(k), x -> ids.size());
                squashedIds[r][k] = ids.computeIfAbsent(PhraseRule.squashedAnchor(as.get(k)), x -> ids.size());
            }
        }
        anchors = List.copyOf(ids.keySet());
        chars = anchors.stream().map(String::toCharArray).toArray(char[][]::new);
        List<Integer> other = new ArrayList<>();
        for (int id = 0; id < anchors.size(); id++) {
            String a = anchors.get(id);
            if (a.length() < 2) {
                throw new IllegalArgumentException("anchors need two chars");
            }
            char c1 = a.charAt(0);
            char c2 = a.charAt(1);
            if (c1 >= 128 || c2 >= 128) {
                other.add(id);
                continue;
            }
            int[][] row = byBigram[c1] == null ? (byBigram[c1] = new int[128][]) : byBigram[c1];
            row[c2] = row[c2] == null ? new int[] {id} : append(row[c2], id);
        }
        others = other.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    /** The occurrences of all anchors in {@code s}. */
    Hits find(String s) {
        Hits h = new Hits(s.length(), anchors.size());
        int n = s.length() - 1;
        for (int i = 0; i < n; i++) {
            char c1 = s.charAt(i);
            char c2 = s.charAt(i + 1);
            if (c1 < 128 && c2 < 128) {
                int[][] row = byBigram[c1];
                int[] cand = row == null ? null : row[c2];
                if (cand != null) {
                    for (int id : cand) {
                        if (restMatches(s, i, chars[id])) {
                            h.add(id, i);
                        }
                    }
                }
            } else {
                for (int id : others) {
                    if (s.startsWith(anchors.get(id), i)) {
                        h.add(id, i);
                    }
                }
            }
        }
        return h;
    }

    /** Whether {@code a} occurs at {@code i} of {@code s}, given that its first two chars do. */
    private static boolean restMatches(String s, int i, char[] a) {
        if (i + a.length > s.length()) {
            return false;
        }
        for (int k = 2; k < a.length; k++) {
            if (s.charAt(i + k) != a[k]) {
                return false;
            }
        }
        return true;
    }

    /** Anchor occurrences of one text. */
    final class Hits {
        private final int length;
        private final int[][] at;
        private final int[] count;

        private Hits(int length, int anchorCount) {
            this.length = length;
            this.at = new int[anchorCount][];
            this.count = new int[anchorCount];
        }

        private void add(int id, int pos) {
            int[] a = at[id];
            if (a == null) {
                a = at[id] = new int[4];
            } else if (count[id] == a.length) {
                a = at[id] = Arrays.copyOf(a, a.length * 2);
            }
            a[count[id]++] = pos;
        }

        /**
         * Rule {@code rule}'s windows: {@code [anchor - BEFORE, anchor + length + AFTER)} around each
         * anchor occurrence, clipped to the text, sorted and merged where they touch.
         */
        List<int[]> windows(int rule, boolean squashed) {
            int[] ids = squashed ? squashedIds[rule] : normalIds[rule];
            List<int[]> raw = new ArrayList<>();
            for (int id : ids) {
                int len = anchors.get(id).length();
                for (int k = 0; k < count[id]; k++) {
                    int i = at[id][k];
                    raw.add(new int[] {Math.max(0, i - PhraseRule.BEFORE), Math.min(length, i + len + PhraseRule.AFTER)});
                }
            }
            return PhraseRule.merge(raw);
        }
    }
}
