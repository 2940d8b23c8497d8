package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * A nickname in quotes between a given name and a surname is part of one name: {@code Francis
 * "Frank" O'Leary}, {@code Margaret "Peggy" Lund}. The tagger reads the quotes as a break and
 * reports two or three persons; de-identification corpora label the whole as one name, and a
 * reader who sees "Peggy" alone between two masks learns the person's nickname. The findings from
 * the given name to the surname become one PERSON finding.
 */
final class Nicknames {
    private static final int MAX_NICKNAME_TOKENS = 3;

    private Nicknames() {
    }

    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        String s = t.text();
        for (int i = from; i < out.size(); i++) {
            Finding given = out.get(i);
            if (given.type() != EntityType.PERSON) {
                continue;
            }
            int q = t.tokenStartingAt(given.end() + 1);
            if (q < 0 || s.charAt(given.end()) != ' ' || !quote(s, t.start(q)) || t.newlineBefore(q)) {
                continue;
            }
            // the closing quote within a few words, then one space and the surname's finding
            int c = q + 1;
            while (c < t.size() && c - q <= MAX_NICKNAME_TOKENS && t.isWord(c) && !t.newlineBefore(c)) {
                c++;
            }
            if (c == q + 1 || c >= t.size() || !quote(s, t.start(c)) || t.newlineBefore(c) || c + 1 >= t.size()
                    || t.start(c + 1) - t.end(c) != 1 || t.newlineBefore(c + 1)) {
                continue;
            }
            int surname = findingAt(out, from, t.start(c + 1));
            if (surname < 0) {
                continue;
            }
            Finding last = out.get(surname);
            Finding whole = new Finding(EntityType.PERSON, given.start(), last.end(),
                    Math.max(given.score(), last.score()), recognizer);
            LinePasses.clear(out, from, whole.start(), whole.end());
            out.add(whole);
            i = from - 1; // the list changed: start over (rare)
        }
    }

    private static boolean quote(String s, int at) {
        char ch = s.charAt(at);
        return ch == '"' || ch == '\u201c' || ch == '\u201d';
    }

    /** Index of the PERSON finding from {@code from} that starts at {@code start}, or -1. */
    private static int findingAt(List<Finding> out, int from, int start) {
        for (int i = from; i < out.size(); i++) {
            if (out.get(i).start() == start && out.get(i).type() == EntityType.PERSON) {
                return i;
            }
        }
        return -1;
    }
}
