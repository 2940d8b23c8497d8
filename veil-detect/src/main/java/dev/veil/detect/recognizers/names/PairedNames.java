package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * The second of two names joined by "and" ("SONS DANNY AND PATRICK", "daughters Ana and Lucia
 * visited"): after a PERSON finding, a listed given name written like it (same case) that ends the
 * clause is the second person; the tagger often stops at the conjunction, above all in notes all
 * in capitals. Not "&", which joins the names of firms ("Savings & Loan"), nor a given name that
 * is also a word ("McClure, Glover and King" is a firm).
 */
final class PairedNames {
    private PairedNames() {
    }

    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        int n = out.size();
        for (int i = from; i < n; i++) {
            Finding f = out.get(i);
            if (f.type() != EntityType.PERSON) {
                continue;
            }
            int c = t.tokenStartingAt(f.end() + 1);
            int k = c + 1;
            if (c < 1 || t.end(c - 1) != f.end() || !t.is(c, "and") || k >= t.size()
                    || t.newlineBefore(c) || t.newlineBefore(k) || t.start(k) - t.end(c) != 1 || !t.isWord(k)
                    || t.shape(k) != t.shape(c - 1) || (tf.lookup(k) & Lexicon.FIRST_NAME) == 0
                    || (tf.lookup(k) & (Lexicon.STOP | Lexicon.COMMON)) != 0 || k + 1 < t.size() && t.isWord(k + 1) && !t.newlineBefore(k + 1)
                            && !Relatives.visitWord(t, k + 1)) {
                continue;
            }
            if (!LinePasses.overlapsAny(out, from, t.start(k), t.end(k))) {
                out.add(new Finding(EntityType.PERSON, t.start(k), t.end(k), Math.min(f.score(), Relatives.SCORE), recognizer));
            }
        }
    }
}
