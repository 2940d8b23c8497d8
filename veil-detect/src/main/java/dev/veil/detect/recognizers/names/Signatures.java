package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * Who wrote a note: a sign-off ending a line ("-jd", "-- MK", "-cara m, OTR", "-R. Church, RN CM",
 * "-chaplain m. okonkwo", "--GRACE RN"); dictation initials opening a line ("BQ/mf") are
 * {@link DictationMarks}'.
 * The tagger reads these short, often lower-case tokens badly (as a place, an organization, or
 * nothing); here the line's shape decides, after {@link NameSpans}: the name becomes one PERSON
 * finding and any other name finding on the sign-off (a credential read as an organization) goes.
 */
final class Signatures {
    private Signatures() {
    }

    /** Score of a name found by the shape of its sign-off line. */
    static final double SCORE = 0.85;

    /** Credentials and roles of a sign-off besides {@link FieldLabels#credential}: "RN CM", "OTR/L", "RD, LDN". */
    private static final WordSet MORE_CREDENTIALS = WordSet.of("cm", "rd", "ldn", "rrt", "cnp", "cns",
            "aprn", "pac", "lmhc", "rph", "pharmd", "mdiv", "ms", "ma", "ccc", "cma", "emt", "medic", "sw", "csw",
            "lsw", "lics", "crna", "resident", "pgy", "student", "intern");
    /** Roles written before the name of a sign-off: "-chaplain m. okonkwo", "- SW Dawn". */
    private static final WordSet ROLES = WordSet.of("chaplain", "sw", "cm", "rn", "dr", "fr", "sr", "rabbi",
            "pastor", "rev", "np", "pa", "rrt", "pt", "ot", "slp", "rd");

    /** Adds the sign-offs to {@code out}, replacing name findings from index {@code from}. */
    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        int n = t.size();
        for (int k = 0; k < n; k++) {
            if (t.isPunct(k, '-') && (k == 0 || t.spaceBefore(k) || t.newlineBefore(k))
                    && !(k > 0 && t.isPunct(k - 1, '-'))) {
                int j = k;
                while (j < n && t.isPunct(j, '-') && (j == k || !t.newlineBefore(j))) {
                    j++;
                }
                if (j < n && !t.newlineBefore(j)) {
                    signOff(tf, j, false, recognizer, out, from); // "-jd", "-- MK", "-cara m, OTR"
                }
            } else if (k > 0 && t.newlineBefore(k) && t.isWord(k)) {
                signOff(tf, k, true, recognizer, out, from); // a line of its own: "J. PRICE RN", "Dawn Fitzgerald, RD"
            }
        }
    }

    /**
     * The sign-off whose words start at token {@code j} (after dashes, or opening a line): the
     * name, then credentials, then the line's end. {@code needCredential}: a line with no dash
     * before it is a sign-off only with a credential after the name.
     */
    private static void signOff(TokenFeatures tf, int j, boolean needCredential, String recognizer, List<Finding> out,
            int from) {
        NameTokens t = tf.tokens();
        int n = t.size();
        int e = j + 1; // end of the line; a sign-off is short, so longer lines are left early
        while (e < n && !t.newlineBefore(e)) {
            if (++e - j > 10) {
                return;
            }
        }
        boolean role = false;
        int a = j;
        if (t.isWord(a) && inList(ROLES, t, a) && a + 1 < e) {
            role = true;
            a += t.isPunct(a + 1, '.') ? 2 : 1;
        }
        // name words, each optionally with a period: "cara m", "R. Church", "l. brown"
        int b = a;
        int words = 0;
        boolean initialsOnly = true;
        while (b < e && t.isWord(b) && !credential(t, b) && words < 3) {
            initialsOnly &= t.length(b) <= 3 && (t.shape(b) == NameTokens.UPPER || t.shape(b) == NameTokens.LOWER
                    || t.length(b) == 1) && !Shorthand.bedsideWord(t, b);
            words++;
            b += b + 1 < e && t.isPunct(b + 1, '.') ? 2 : 1;
        }
        if (words == 0) {
            return;
        }
        int c = b;
        int credentials = 0;
        while (c < e && (t.isPunct(c, ',') || t.isPunct(c, '/')
                || t.isWord(c) && (credential(t, c) || t.is(c, "l") && t.isPunct(c - 1, '/')))) { // "OTR/L"
            credentials += t.isWord(c) ? 1 : 0;
            c++;
        }
        while (c < e && t.isPunct(c, '.')) {
            c++;
        }
        if (c != e || needCredential && (credentials == 0 || role)
                || !names(tf, a, b, credentials > 0 || role, initialsOnly)) {
            return; // more text after the name: a sentence, not a sign-off
        }
        LinePasses.clear(out, from, t.start(j), t.end(e - 1));
        out.add(new Finding(EntityType.PERSON, t.start(a), t.end(lastWord(t, a, b)), SCORE, recognizer));
    }

    /**
     * Whether the words {@code [a, b)} can be a signer's name: after a credential or role, any words
     * that are initials, listed names or unknown words; alone, initials ("jd", "MK") or a given name
     * and an initial ("cara m").
     */
    private static boolean names(TokenFeatures tf, int a, int b, boolean vouched, boolean initialsOnly) {
        NameTokens t = tf.tokens();
        if (initialsOnly) {
            for (int k = a; k < b; k++) {
                if (t.isWord(k) && t.length(k) > 1 && (tf.lookup(k) & (Lexicon.COMMON | Lexicon.STOP)) != 0
                        && (tf.lookup(k) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) == 0 && t.hasVowel(k)) {
                    return vouched; // "- ok", "-- am": words, unless a credential follows
                }
            }
            return true;
        }
        boolean first = true;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k) || t.length(k) == 1) {
                continue;
            }
            int c = tf.lookup(k);
            boolean listed = (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0;
            boolean unknown = (c & (Lexicon.COMMON | Lexicon.STOP | Lexicon.CLINICAL)) == 0
                    && !Shorthand.bedsideWord(t, k)
                    // "Tom Wise, RN": after a given name, a word written as a name is the surname
                    || vouched && k > a && t.isWord(k - 1) && (tf.lookup(k - 1) & Lexicon.FIRST_NAME) != 0
                            && t.shape(k) != NameTokens.LOWER && (c & Lexicon.STOP) == 0
                    // "-R. Church, RN CM": after an initial, a word is the surname
                    || vouched && k >= 2 && t.isPunct(k - 1, '.') && t.length(k - 2) == 1 && (c & Lexicon.STOP) == 0;
            if (vouched ? !(listed || unknown) : !(first && (c & Lexicon.FIRST_NAME) != 0)) {
                return false;
            }
            first = false;
        }
        // alone, only "given name + initials" is left: "cara m"
        return vouched || !first && t.length(b - 1 - (t.isPunct(b - 1, '.') ? 1 : 0)) == 1;
    }

    private static boolean credential(NameTokens t, int k) {
        return FieldLabels.credential(t, k) || t.length(k) <= 7 && inList(MORE_CREDENTIALS, t, k);
    }

    private static boolean inList(WordSet list, NameTokens t, int k) {
        return list.contains(t.hash(k));
    }

    private static int lastWord(NameTokens t, int a, int b) {
        int k = b - 1;
        while (k > a && !t.isWord(k) && !t.isPunct(k, '.')) {
            k--;
        }
        // keep an initial's period ("R."), drop nothing else
        return t.isPunct(k, '.') && k > a && t.length(k - 1) > 1 ? k - 1 : k;
    }
}
