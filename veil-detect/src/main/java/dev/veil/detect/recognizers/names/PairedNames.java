package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * The second of two names joined by "and" ("SONS DANNY AND PATRICK", "daughters Ana and Lucia
 * visited"): after a PERSON finding, a listed given name written like it (same case) that ends the
 * clause is the second person; the tagger often stops at the conjunction, above all in notes all
 * in capitals. Not "&", which joins the names of firms ("Savings & Loan"), nor a given name that
 * is also a word ("McClure, Glover and King" is a firm). And a one-word place joined to a person
 * by "and" or "/" is the other person ({@link #retypePartner}).
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
            retypePartner(tf, out, from, i);
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

    /** What a place's word must not be to join a person: a real place, a firm's word, a common word. */
    private static final int NOT_A_PARTNER = Lexicon.COUNTRY | Lexicon.REGION | Lexicon.NATIONALITY | Lexicon.ORG_WORD
            | Lexicon.ORG_SUFFIX | Lexicon.FACILITY | Lexicon.COMMON | Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL;

    /**
     * "daughters Gina and Teresa", "Crew: Rourke / Vasquez": a one-word LOCATION finding joined by
     * "and" or "/" to the PERSON finding {@code i} (no comma before the pair), written the same way, that is a
     * listed name or a word no list holds and no real place or firm, is the other person. The
     * tagger reads some given names as towns (Datafaker's invented towns carry them) and unknown
     * surnames as places; the partner says what they are.
     */
    private static void retypePartner(TokenFeatures tf, List<Finding> out, int from, int i) {
        NameTokens t = tf.tokens();
        Finding f = out.get(i);
        int first = t.tokenStartingAt(f.start());
        if (first < 0) {
            return;
        }
        int last = t.lastTokenOf(first, f.end());
        int after = last + 2;
        if (after < t.size() && joiner(t, last + 1) && sameLine(t, last, after) && !listBefore(t, first)) {
            retype(tf, out, from, after, t.shape(last));
        }
        int before = first - 2;
        if (before >= 0 && joiner(t, first - 1) && sameLine(t, before, first) && !listBefore(t, before)) {
            retype(tf, out, from, before, t.shape(first));
        }
    }

    /** A comma before the pair: "Ortiz, O'Conner and Hermiston", a firm's list of names, not two people. */
    private static boolean listBefore(NameTokens t, int k) {
        return k >= 1 && t.isPunct(k - 1, ',');
    }

    private static boolean joiner(NameTokens t, int k) {
        return t.is(k, "and") || t.isPunct(k, '/');
    }

    private static boolean sameLine(NameTokens t, int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if (t.newlineBefore(k)) {
                return false;
            }
        }
        return true;
    }

    private static void retype(TokenFeatures tf, List<Finding> out, int from, int k, int shape) {
        NameTokens t = tf.tokens();
        if (!t.isWord(k) || t.shape(k) != shape || t.length(k) < 3) {
            return;
        }
        int c = tf.lookup(k);
        if ((c & NOT_A_PARTNER) != 0 || c != 0 && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) == 0) {
            return;
        }
        for (int j = from; j < out.size(); j++) {
            Finding g = out.get(j);
            if (g.start() == t.start(k) && g.end() == t.end(k)
                    && g.type() == EntityType.LOCATION) {
                out.set(j, new Finding(EntityType.PERSON, g.start(), g.end(), g.score(), g.recognizer()));
                return;
            }
        }
    }
}
