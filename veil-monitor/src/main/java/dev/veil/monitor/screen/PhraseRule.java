package dev.veil.monitor.screen;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * One phrase rule: a regular expression over a {@link PromptView}'s normalised text (lower case,
 * single spaces), a score and a category. Rules run on RE2/J, so matching is linear in the prompt
 * length whatever the input, and only when one of the rule's anchor strings occurs in the view
 * (a cheap {@code indexOf} pre-filter that skips most rules on most prompts).
 *
 * <p>In a pattern a single space stands for "one space or newline"; in the squashed view (single
 * letters joined into words) it becomes optional, so one table serves both views.
 */
record PhraseRule(String id, ScreenCategory category, double score, List<String> anchors, Pattern normal,
                  Pattern squashed) {

    static PhraseRule of(String id, ScreenCategory category, double score, List<String> anchors, String regex) {
        String expanded = regex.replace("{S}", SENTENCE_START);
        return new PhraseRule(id, category, score, List.copyOf(anchors),
                Pattern.compile(expanded.replace(" ", "[ \\n]")),
                // Squashed text has no word boundaries left inside the joined run.
                Pattern.compile(expanded.replace("\\b", "").replace(" ", "[ \\n]?")));
    }

    /** Start of a sentence, a line, a quote or a clause opened by a filler word. */
    private static final String SENTENCE_START =
            "(?:^|[.!?:;\\n>\"'(*\\-]\\s*|(?:please|now|and|then|so|also|just|ok|okay|first|finally|pls|plz|kindly),? )";

    /** Appends one detection per match of this rule in {@code view}. */
    void scan(PromptView view, boolean isSquashed, List<Detection> out) {
        String s = view.text;
        boolean anchored = false;
        for (String a : anchors) {
            if (s.contains(isSquashed ? a.replace(" ", "") : a)) {
                anchored = true;
                break;
            }
        }
        if (!anchored) {
            return;
        }
        Matcher m = (isSquashed ? squashed : normal).matcher(s);
        while (m.find()) {
            int st = m.start();
            int en = m.end();
            if (en <= st) {
                continue;
            }
            out.add(new Detection(category, id, score, view.origStart(st), view.origEnd(en)));
        }
    }
}
