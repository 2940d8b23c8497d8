package dev.veil.detect.recognizers.names;

/**
 * Spans that the case of their words rules out, in medical text (asked by {@link MedicalTerms}):
 * in capitalised prose a name is capitalised, so a lower-case "person" or "place" is a word the
 * tagger misread ("before conception", "right temple", "cancer to bone") unless something calls
 * for a name before it ("thx toni", "wife linda", "rabbi from temple emanuel"); in a note written
 * all in lower case, an ordinary word that is also a name needs such a cue too ("long day for pt").
 */
final class LowerCaseSpans {
    private LowerCaseSpans() {
    }

    /**
     * Whether tokens {@code [a, b)}, in mixed-case prose, are all words in lower case that no name
     * list holds or that are also ordinary words ("a near-miss incident"): the tagger's person, but
     * a name typed in lower case in capitalised prose is a listed one ("thx toni"); cue rules find
     * the names that are words ("wife rose in to visit").
     */
    static boolean plainWords(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (t.mode(a) != NameTokens.MODE_MIXED || t.lowerProse()) {
            return false;
        }
        for (int k = a; k < b; k++) {
            int c = tf.lookup(k);
            if (t.isWord(k) && (t.shape(k) != NameTokens.LOWER
                    || (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0 && (c & Lexicon.COMMON) == 0)) {
                return false; // "thx toni", "rory remains": a listed name, typed in lower case
            }
        }
        return true;
    }

    /**
     * Whether the one-word span at {@code a}, in a note written in lower case, is an ordinary word
     * that a name list also holds ("grace period", "long day") with nothing that introduces a
     * person: no relative, role, title or credential before it, no word of visiting or calling
     * and no credential after it ("wife rose in", "joy rn" stay names).
     */
    static boolean wordInLowerNote(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (b - a != 1 || t.shape(a) != NameTokens.LOWER || !(t.mode(a) == NameTokens.MODE_LOWER || t.lowerProse())
                || (tf.lookup(a) & Lexicon.COMMON) == 0 || Relatives.before(tf, a)) {
            return false;
        }
        if (a > 0 && !t.newlineBefore(a) && t.isWord(a - 1) && (Relatives.teamRole(t, a - 1)
                || FieldLabels.credential(t, a - 1) || (tf.lookup(a - 1) & Lexicon.HONORIFIC) != 0
                || NAME_INTRODUCERS.contains(t.hash(a - 1)))) {
            return false;
        }
        int n = a + 1;
        return !(n < t.size() && !t.newlineBefore(n) && (Relatives.visitWord(t, n) || FieldLabels.credential(t, n)));
    }

    /**
     * Whether tokens {@code [a, b)}, in capitalised prose, are lower-case words of no place list,
     * with no preposition of place before them ("rabbi from temple emanuel" stays).
     */
    static boolean unlistedPlace(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (t.mode(a) != NameTokens.MODE_MIXED || t.lowerProse() || a > 0 && (t.is(a - 1, "from")
                || t.is(a - 1, "at") || t.is(a - 1, "in") || t.is(a - 1, "near") || t.is(a - 1, "to"))) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (t.isWord(k) && (t.shape(k) != NameTokens.LOWER || (tf.lookup(k) & (Lexicon.CITY | Lexicon.REGION
                    | Lexicon.COUNTRY | Lexicon.FACILITY)) != 0)) {
                return false;
            }
        }
        return true;
    }

    /** Words that introduce a name typed in lower case ("thx toni", "Rx by michael ullrich", "asked linda"). */
    private static final WordSet NAME_INTRODUCERS = WordSet.of("by", "with", "to", "thx", "thanks", "thank", "dear",
            "hi", "hey", "hello", "named", "name", "called", "call", "calls", "contact", "contacted", "and", "or", "cc",
            "from", "for", "w", "per", "tell", "told", "ask", "asked", "met", "see", "saw", "seen", "paged", "page",
            "spoke", "emailed", "email", "text", "texted", "ping", "is", "was", "as", "via", "attn", "signed", "sign",
            "me", "am", "im", "friend", "neighbor", "neighbour", "pt", "patient", "mr", "mrs", "ms", "miss", "dr",
            "of", "about", "visited", "visit", "visits", "brought", "accompanied", "nurse", "doctor", "aide", "not",
            "its", "it", "this", "thats", "name", "names", "sincerely", "regards");

    /**
     * Whether tokens {@code [a, b)} are words in lower case, in capitalised prose, right after a
     * lower-case word on the same line that introduces no person ("right temple", "5 mm pearly
     * papule", "if MR worsens"): a given name typed in lower case follows a word that calls for a
     * name ("thx toni", "by michael ullrich", "wife linda"), a mark, or nothing.
     */
    static boolean afterPlainWord(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (a < 1 || t.mode(a) != NameTokens.MODE_MIXED || t.lowerProse() || t.newlineBefore(a) || !t.isWord(a - 1)
                || t.shape(a - 1) != NameTokens.LOWER || NAME_INTRODUCERS.contains(t.hash(a - 1))
                || Relatives.before(tf, a) || Relatives.relative(t, a - 1)
                || (tf.lookup(a - 1) & Lexicon.FIRST_NAME) != 0) {
            return false; // "hope carroll": a given name before, the surname after it
        }
        for (int k = a; k < b; k++) {
            if (t.isWord(k) && t.shape(k) != NameTokens.LOWER) {
                return false;
            }
        }
        return true;
    }
}
