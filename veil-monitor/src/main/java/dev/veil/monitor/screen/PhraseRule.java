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
                  GuardedPattern squashed) {

    /** Window around an anchor: patterns reach at most this far before and after it. */
    static final int BEFORE = 160;
    static final int AFTER = 320;

    static PhraseRule of(String id, ScreenCategory category, double score, List<String> anchors, String regex) {
        String expanded = regex.replace("{S}", SENTENCE_START);
        return new PhraseRule(id, category, score, List.copyOf(anchors),
                GuardedPattern.compile(id, expanded.replace(" ", "[ \\n]")),
                // Squashed text has no word boundaries left inside the joined run.
                GuardedPattern.compile(id, expanded.replace("\\b", "").replace(" ", "[ \\n]?")));
    }

    /** Start of a sentence, a line, a quote or a clause opened by a filler word. */
    private static final String SENTENCE_START =
            "(?:^|[.!?:;\\n>\"'(*\\-]\\s*|(?:please|now|and|then|so|also|just|ok|okay|first|finally|pls|plz|kindly),? )";

    /** Appends one detection per match of this rule in {@code view}. */
    void scan(PromptView view, boolean isSquashed, List<Detection> out) {
        String s = view.text;
        List<int[]> windows = windows(s, isSquashed);
        GuardedPattern p = isSquashed ? squashed : normal;
        for (int[] w : windows) {
            Matcher m = p.matcher(s, w[0], w[1]);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                int st = m.start();
                int en = m.end();
                if (en > st) {
                    out.add(new Detection(category, id, score, view.origStart(st), view.origEnd(en)));
                }
            }
        }
    }

    /** Merged windows around every anchor occurrence, widened to whitespace so no word is cut. */
    private List<int[]> windows(String s, boolean isSquashed) {
        List<int[]> raw = new ArrayList<>();
        for (String a : anchors) {
            String anchor = isSquashed ? a.replace(" ", "") : a;
            for (int i = s.indexOf(anchor); i >= 0; i = s.indexOf(anchor, i + 1)) {
                raw.add(new int[] {Math.max(0, i - BEFORE), Math.min(s.length(), i + anchor.length() + AFTER)});
            }
        }
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
