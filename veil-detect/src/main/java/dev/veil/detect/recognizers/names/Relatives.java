package dev.veil.detect.recognizers.names;

/**
 * Words for a relative or companion ("wife", "dtr", "grandson", "partner") and for a care-team
 * role written right before a name ("RN Sue"): what follows them, capitalised, is a person's
 * name. Clinical notes name family this way, and the tagger, which reads "Ed", "Will" or "Rich"
 * as ordinary words, would otherwise miss the name. Matched by token hash; allocation-free.
 */
final class Relatives {
    private Relatives() {
    }

    /** Score of a given name found only through the relative before it. */
    static final double SCORE = 0.8;

    private static final long[] WORDS = NameSpans.hashes("wife", "husband", "son", "daughter", "dtr", "mother",
            "father", "mom", "dad", "brother", "sister", "niece", "nephew", "aunt", "uncle", "cousin", "grandson",
            "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "spouse", "partner", "boyfriend",
            "girlfriend", "fiance", "fiancee", "friend", "neighbor", "neighbour", "caregiver", "stepson",
            "stepdaughter", "roommate", "hcp", "proxy", "guardian", "rn");

    /** Whether the word before token {@code a} (a comma between allowed, on the same line) is a relative. */
    static boolean before(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        int j = a - 1;
        if (j >= 0 && t.isPunct(j, ',')) {
            j--;
        }
        return j >= 0 && t.isWord(j) && !t.newlineBefore(a) && t.length(j) <= 13
                && java.util.Arrays.binarySearch(WORDS, t.hash(j)) >= 0;
    }

    private static final long[] CREDENTIALS = NameSpans.hashes("rn", "rrt", "md", "np", "lpn", "cna", "licsw", "msw",
            "crnp", "slp", "pa", "do", "ot", "pt", "lcsw", "cnm", "dds");

    /**
     * "-- JT RN", "-- kl, rrt", "DG RN" at the start of a line: two or three letters in one case
     * opening a line (after dashes, if any), then a care-team credential: a clinician's initials
     * signing the note.
     */
    static boolean initialsSigning(TokenFeatures tf, int i) {
        NameTokens t = tf.tokens();
        int len = t.length(i);
        if (!t.isWord(i) || len < 2 || len > 3 || t.nonAscii(i)
                || (t.shape(i) != NameTokens.UPPER && t.shape(i) != NameTokens.LOWER)
                || java.util.Arrays.binarySearch(CREDENTIALS, t.hash(i)) >= 0 || Shorthand.bedsideWord(t, i)) {
            return false; // "PT OT eval", "ED RN called": a service or unit, not initials
        }
        int p = i - 1;
        while (p >= 0 && t.isPunct(p, '-') && !t.newlineBefore(p + 1)) {
            p--;
        }
        if (p >= 0 && !t.newlineBefore(p + 1)) {
            return false; // not at the start of a line
        }
        int j = i + 1;
        if (j < t.size() && t.isPunct(j, ',')) {
            j++;
        }
        return j < t.size() && t.isWord(j) && !t.newlineBefore(j) && t.shape(j) == t.shape(i)
                && java.util.Arrays.binarySearch(CREDENTIALS, t.hash(j)) >= 0;
    }

    /**
     * Whether token {@code i}, which the tagger left outside any name, is a capitalised given name
     * right after a relative in mixed-case text ("husband Ed", "partner Rich", "RN Sue").
     */
    static boolean namedAfter(TokenFeatures tf, int i) {
        NameTokens t = tf.tokens();
        return i > 0 && t.shape(i) == NameTokens.CAPITALIZED && t.mode(i) == NameTokens.MODE_MIXED
                && (tf.classes(i) & Lexicon.FIRST_NAME) != 0 && before(tf, i);
    }
}
