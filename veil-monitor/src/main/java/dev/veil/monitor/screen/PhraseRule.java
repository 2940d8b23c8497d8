package dev.veil.monitor.screen;

import dev.veil.detect.GuardedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * One phrase rule: a regular expression over a {@link PromptView}'s normalised text (lower case,
 * single spaces), a score and a category.
 *
 * <p>Cost control: a rule runs only in windows around occurrences of its anchor strings (words its
 * pattern cannot match without), found with {@code indexOf}, so most rules never run on most
 * prompts and none runs over a whole long prompt. Patterns use bounded repetition only and run as
 * {@link GuardedPattern}s, whose read budget stops any runaway match with an exception (the
 * screener then fails closed).
 *
 * <p>In a pattern a single space stands for "one space or newline"; in the squashed view (single
 * letters joined into words) it becomes optional and word boundaries are dropped, so one table
 * serves both views.
 */
record PhraseRule(String id, ScreenCategory category, double score, List<String> anchors, GuardedPattern normal,
                  GuardedPattern squashed, StartFilter normalStart, StartFilter squashedStart) {

    /** Window around an anchor: patterns reach at most this far before and after it. */
    static final int BEFORE = 160;
    static final int AFTER = 320;

    static PhraseRule of(String id, ScreenCategory category, double score, List<String> anchors, String regex) {
        String expanded = regex.replace("{S}", SENTENCE_START);
        String normal = expanded.replace(" ", "[ \\n]");
        // Squashed text has no word boundaries left inside the joined run.
        String squashed = expanded.replace("\\b", "").replace(" ", "[ \\n]?");
        return new PhraseRule(id, category, score, List.copyOf(anchors), GuardedPattern.compile(id, normal),
                GuardedPattern.compile(id, squashed), StartFilter.of(normal), StartFilter.of(squashed));
    }

    /** Start of a sentence, a line, a quote or a clause opened by a filler word. */
    private static final String SENTENCE_START =
            "(?:^|[.!?:;\\n>\"'(*\\-]\\s*|(?:please|now|and|then|so|also|just|ok|okay|first|finally|pls|plz|kindly),? )";

    /**
     * Appends one detection per match of this rule in {@code view}, searching {@code windows}
     * (from {@link AnchorIndex.Hits#windows}).
     */
    void scan(PromptView view, boolean isSquashed, List<int[]> windows, List<Detection> out) {
        scan(view, isSquashed, windows, isSquashed ? squashedStart : normalStart, out);
    }

    /** The reference: windows from {@code indexOf} per anchor and a plain {@code find()} loop (tests). */
    void scanPlain(PromptView view, boolean isSquashed, List<Detection> out) {
        scan(view, isSquashed, windows(view.text, isSquashed), null, out);
    }

    /**
     * Same matches as a {@code find()} loop over each window. With a start filter the regex is
     * tried only where the filter lets a match start (anchored there with {@code lookingAt}, the
     * region still ending at the window's end and bounds transparent, so look-behind, word
     * boundaries and {@code ^} see the same text); after a match the search resumes at its end,
     * as {@code find()} does. Without one it is the plain loop.
     */
    private void scan(PromptView view, boolean isSquashed, List<int[]> windows, StartFilter filter,
                      List<Detection> out) {
        String s = view.text;
        GuardedPattern p = isSquashed ? squashed : normal;
        for (int[] w : windows) {
            Matcher m = p.matcher(s, w[0], w[1]);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            if (filter == null) {
                while (m.find()) {
                    add(view, m.start(), m.end(), out);
                }
                continue;
            }
            int i = w[0];
            while (i < w[1]) {
                if (!filter.mayStartAt(s, i, w[1])) {
                    i++;
                    continue;
                }
                m.region(i, w[1]);
                if (m.lookingAt()) {
                    // Filtered patterns cannot match empty, so the end is past i.
                    add(view, m.start(), m.end(), out);
                    i = m.end();
                } else {
                    i++;
                }
            }
        }
    }

    private void add(PromptView view, int st, int en, List<Detection> out) {
        if (en > st) {
            out.add(new Detection(category, id, score, view.origStart(st), view.origEnd(en)));
        }
    }

    /** An anchor as it appears in the squashed view (spaces between single letters are gone). */
    static String squashedAnchor(String anchor) {
        return anchor.replace(" ", "");
    }

    /** Merged windows around every anchor occurrence, found with indexOf (the reference for {@link AnchorIndex}). */
    private List<int[]> windows(String s, boolean isSquashed) {
        List<int[]> raw = new ArrayList<>();
        for (String a : anchors) {
            String anchor = isSquashed ? squashedAnchor(a) : a;
            for (int i = s.indexOf(anchor); i >= 0; i = s.indexOf(anchor, i + 1)) {
                raw.add(new int[] {Math.max(0, i - BEFORE), Math.min(s.length(), i + anchor.length() + AFTER)});
            }
        }
        return merge(raw);
    }

    /** Windows sorted by start and merged where they overlap or touch. */
    static List<int[]> merge(List<int[]> raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        raw.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>();
        int[] cur = raw.get(0);
        for (int i = 1; i < raw.size(); i++) {
            int[] next = raw.get(i);
            if (next[0] <= cur[1]) {
                cur[1] = Math.max(cur[1], next[1]);
            } else {
                merged.add(cur);
                cur = next;
            }
        }
        merged.add(cur);
        return merged;
    }
}
