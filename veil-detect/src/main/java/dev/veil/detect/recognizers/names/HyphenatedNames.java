package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * Given names written as two syllables joined by a hyphen, the second in lower case ("Jae-won
 * Park", "Mei-ling Chen", "Dr. Hyun-woo Lim"): the tokens split at the hyphen, and the tagger
 * reads the lower-case syllable as a word that ends the name, leaving "Jae" a person and "Park"
 * something else. After a PERSON finding that ends right before such a hyphen, the syllable joins
 * the name, and so does the surname after it on the same line (a finding there of any type, or a
 * capitalised word).
 */
final class HyphenatedNames {
    /** Longest syllable on either side of the hyphen. */
    private static final int MAX_SYLLABLE = 5;

    private HyphenatedNames() {
    }

    static void apply(TokenFeatures tf, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        for (int i = from; i < out.size(); i++) {
            Finding f = out.get(i);
            if (f.type() != EntityType.PERSON) {
                continue;
            }
            int h = t.tokenStartingAt(f.end());
            int w = h + 1;
            if (h < 1 || !t.isPunct(h, '-') || w >= t.size() || !t.isWord(w) || t.start(w) != t.end(h)
                    || t.shape(w) != NameTokens.LOWER || t.length(w) < 2 || t.length(w) > MAX_SYLLABLE
                    || t.end(h - 1) != f.end() || t.shape(h - 1) != NameTokens.CAPITALIZED
                    || t.length(h - 1) > MAX_SYLLABLE || w + 1 < t.size() && t.start(w + 1) == t.end(w)) {
                continue;
            }
            int end = t.end(w);
            int s = w + 1;
            if (s < t.size() && t.isWord(s) && !t.newlineBefore(s) && t.start(s) - end == 1
                    && t.shape(s) == NameTokens.CAPITALIZED && (tf.lookup(s) & Lexicon.STOP) == 0) {
                int g = findingAt(out, from, t.start(s));
                if (g >= 0 && out.get(g).end() == t.end(s)) {
                    out.remove(g); // "Park" read as an organization or a place
                    if (g < i) {
                        i--;
                    }
                    end = t.end(s);
                } else if (g < 0) {
                    end = t.end(s);
                }
            }
            out.set(i, new Finding(EntityType.PERSON, f.start(), end, f.score(), f.recognizer()));
        }
    }

    private static int findingAt(List<Finding> out, int from, int start) {
        for (int i = from; i < out.size(); i++) {
            if (out.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }
}
