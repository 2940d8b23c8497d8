package dev.veil.detect.recognizers.names;

/**
 * Shapes of a tagged span, and of the tokens around it, that make it no entity, or a lesser one:
 * dotted abbreviations, section headers, reference-number prefixes, languages and nationalities of
 * things, gaps between the fields of a form. Used by {@link NameSpans}; allocation-free.
 */
final class SpanShapes {
    private SpanShapes() {
    }

    private static final String[] LANGUAGE_VERBS = {"speaks", "speak", "spoke", "spoken", "speaking", "understands",
        "reads", "writes", "in", "prefers"};

    /**
     * "d." of "q.d.", "o." of "y.o.": one letter and a period glued to a letter and period before
     * it is the tail of a dotted abbreviation, not a name (a lone initial such as the "M." of
     * "M., RN" is kept: it may be a clinician's initial).
     */
    static boolean loneInitial(NameTokens t, int a, int b) {
        return b - a == 2 && t.isWord(a) && t.length(a) == 1 && t.isPunct(a + 1, '.')
                && a >= 2 && !t.spaceBefore(a) && t.isPunct(a - 1, '.') && t.isWord(a - 2) && t.length(a - 2) == 1;
    }

    /**
     * "Max A LB dressing", "Min assist", "Mod A": a level of assistance in a therapy note, not the
     * given names Max and Min.
     */
    static boolean assistLevel(NameTokens t, int a, int b) {
        return b - a == 1 && (t.is(a, "max") || t.is(a, "min") || t.is(a, "mod")) && b < t.size()
                && !t.newlineBefore(b) && (t.is(b, "a") || t.is(b, "assist") || t.is(b, "assistance"));
    }

    /**
     * "E. coli", "B. fragilis": one capital and a full stop before a word in lower case (in mixed-case
     * text) is the genus of a bacterium, not a person's initial.
     */
    static boolean genusInitial(NameTokens t, int a, int b) {
        return b - a <= 2 && t.isWord(a) && t.length(a) == 1 && a + 1 < t.size() && t.isPunct(a + 1, '.')
                && a + 2 < t.size() && t.isWord(a + 2) && t.shape(a + 2) == NameTokens.LOWER
                && t.mode(a + 2) == NameTokens.MODE_MIXED && !t.newlineBefore(a + 2);
    }

    /**
     * "Atria: mild LA enlargement", "Proc: excisional biopsy", "Endoscopist: ...": one word that
     * opens a line right before a colon is the line's field label, unless a name list holds it
     * ("Sarah: thanks", a speaker).
     */
    static boolean fieldLabel(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        return b - a == 1 && b < t.size() && t.isPunct(b, ':') && t.start(b) == t.end(a)
                && (a == 0 || t.newlineBefore(a)) && t.isWord(a)
                && (tf.lookup(a) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
                        | Lexicon.COUNTRY)) == 0;
    }

    /**
     * "DISCHARGE SUMMARY", "HOSPITAL COURSE:": all-caps words that open a line and end it or stand
     * before a colon, inside mixed-case text, with an ordinary word among them and no given name,
     * surname or country, are a section header ("JOHN SMITH:", a speaker, is kept); so are
     * capitalised ordinary words before a colon ("Hospital Course:", "Past Medical History:").
     */
    static boolean sectionHeader(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (t.mode(a) != NameTokens.MODE_MIXED || (a > 0 && !t.newlineBefore(a))
                || (b < t.size() && !t.newlineBefore(b) && !t.isPunct(b, ':'))) {
            return false;
        }
        boolean ordinary = false;
        boolean colon = b < t.size() && t.isPunct(b, ':');
        for (int k = a; k < b; k++) {
            int c = tf.lookup(k);
            if (t.shape(k) == NameTokens.CAPITALIZED && colon) {
                // "Hospital Course:", "Past Medical History:": capitalised ordinary words before a colon
                // ("Hospital" is on a city list, but an ordinary word first: "Hospital Course:")
                if ((c & (Lexicon.FIRST_NAME | Lexicon.COUNTRY)) != 0
                        || (c & (Lexicon.CITY | Lexicon.REGION)) != 0
                                && (c & (Lexicon.COMMON | Lexicon.FACILITY | Lexicon.HOSPITAL_PART)) == 0
                        || (c & (Lexicon.COMMON | Lexicon.CLINICAL | Lexicon.FACILITY | Lexicon.HOSPITAL_PART)) == 0) {
                    return false;
                }
            } else if (t.shape(k) != NameTokens.UPPER
                    || (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.COUNTRY)) != 0) {
                return false;
            }
            ordinary |= (c & Lexicon.COMMON) != 0;
        }
        return ordinary;
    }

    /** Words that make a line a note's title: "Infectious Disease Consult Note", "Transfer Summary - CCU". */
    private static final WordSet TITLE_WORDS = WordSet.of("note", "notes", "summary", "consult", "report",
            "npn", "addendum");

    /**
     * "Infectious Disease Consult Note", "Transfer Summary - CCU to ...", "Pulm Step down Nsg Note":
     * ordinary words opening a line that a title word ("Note", "Summary", "Consult", "Report")
     * ends or follows on the same line are the note's title, not a place or organization. No word
     * may be a given name or surname ("John Smith Consult Note" keeps the person).
     */
    static boolean titleLine(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (a > 0 && !t.newlineBefore(a)) {
            return false;
        }
        boolean title = false;
        for (int k = a; k < t.size() && (k == a || !t.newlineBefore(k)); k++) {
            if (!t.isWord(k)) {
                continue;
            }
            int c = tf.lookup(k);
            if (k < b && ((c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0
                    || (c & Lexicon.COMMON) == 0 && !Shorthand.bedsideWord(t, k))) {
                return false;
            }
            title |= t.length(k) <= 13 && TITLE_WORDS.contains(t.hash(k));
        }
        return title;
    }

    /**
     * "ORD-6112939", "INC-4432", "PO-12345": a short all-caps word glued by a hyphen to a number is
     * the prefix of a reference number, not a name, place or organization.
     */
    static boolean idPrefix(NameTokens t, int a) {
        return t.mode(a) == NameTokens.MODE_MIXED && t.shape(a) == NameTokens.UPPER && t.length(a) <= 5
                && a + 2 < t.size() && t.isPunct(a + 1, '-') && !t.spaceBefore(a + 1) && !t.spaceBefore(a + 2)
                && t.shape(a + 2) == NameTokens.DIGITS;
    }

    /**
     * Whether token {@code j}, right after a nationality or belief word, is an ordinary noun that is
     * not about people ("film", "restaurant", but not "patient", "nurse", "and").
     */
    static boolean describesAThing(TokenFeatures tf, int j) {
        NameTokens t = tf.tokens();
        if (j >= t.size() || !t.isWord(j) || (t.mode(j) == NameTokens.MODE_MIXED && t.shape(j) != NameTokens.LOWER)) {
            return false;
        }
        int c = tf.lookup(j);
        return (c & Lexicon.COMMON) != 0 && (c & (Lexicon.STOP | Lexicon.PERSON_NOUN | Lexicon.JOB)) == 0;
    }

    /** Three or more spaces, or a tab, before token {@code k}: a gap between fields of a form. */
    static boolean fieldGap(NameTokens t, int k) {
        int from = t.end(k - 1);
        int to = t.start(k);
        if (to - from < 3 && !(to - from >= 1 && t.charAt(from) == '\t')) {
            return false;
        }
        for (int p = from; p < to; p++) {
            char c = t.charAt(p);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * "speaks English", "Vietnamese interpreter", "Portuguese-speaking", "prefers Portuguese":
     * the word names a language.
     */
    static boolean language(NameTokens t, int a) {
        if (a + 1 < t.size() && (t.is(a + 1, "interpreter") || t.is(a + 1, "interpreters") || t.is(a + 1, "translator"))) {
            return true;
        }
        if (a + 2 < t.size() && t.isPunct(a + 1, '-') && (t.is(a + 2, "speaking") || t.is(a + 2, "speaker"))) {
            return true; // "Portuguese-speaking"
        }
        int p = a - 1;
        if (p < 0 || !t.isWord(p)) {
            return false;
        }
        for (String w : LANGUAGE_VERBS) {
            if (t.is(p, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hope to extubate in am", "Mark on L groin site": a word that is both a given name and an
     * ordinary word, first in its sentence and followed by one of a few prepositions, is the
     * ordinary word; a name there is followed by a verb ("Hope called", "Bob is Aruban").
     */
    static boolean verbAtSentenceStart(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        if (t.mode(a) != NameTokens.MODE_MIXED || a + 1 >= t.size() || !t.isWord(a + 1)
                || t.shape(a + 1) != NameTokens.LOWER || t.newlineBefore(a + 1)) {
            return false;
        }
        boolean start = a == 0 || t.newlineBefore(a) || t.isPunct(a - 1, '.') || t.isPunct(a - 1, ':')
                || t.isPunct(a - 1, ';');
        if (!start || (tf.classes(a) & Lexicon.COMMON) == 0) {
            return false;
        }
        for (String p : PREPOSITIONS_AFTER_A_VERB) {
            if (t.is(a + 1, p)) {
                return true;
            }
        }
        return false;
    }

    /** "Hope to", "Mark on", "Plan for": a name is rarely followed by these (it takes a verb: "Hope is"). */
    private static final String[] PREPOSITIONS_AFTER_A_VERB = {"to", "on", "at", "for", "with", "off", "up", "over"};

    /**
     * "per Tennessee RN protocol": one word that only place lists hold (a state, a city) is no
     * person's name for a credential after it.
     */
    static boolean placeOnly(TokenFeatures tf, int a, int b) {
        int c = tf.classes(a);
        return b - a == 1 && (c & (Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY)) != 0
                && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) == 0;
    }

    /** Whether word token {@code k} is on a name list or on no list at all ("Luis", not "works"). */
    static boolean listedOrUnknown(TokenFeatures tf, int k) {
        int c = tf.lookup(k);
        return tf.tokens().isWord(k) && (c == 0 || (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0);
    }

    /** Prepositions before an institution named by an ordinary word ("at Quest"). */
    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("at", "from", "to", "in", "via", "with", "for",
            "of", "near", "by");

    /**
     * "Sundays", "Bone", "PHYSICAL", "Tel": in a medical text a lone ordinary word (or a month or
     * weekday) that no name or place list holds is no entity, whatever its capital says, unless a
     * preposition introduces it as an institution.
     */
    static boolean ordinaryAlone(TokenFeatures tf, int a) {
        int c = tf.classes(a);
        NameTokens t = tf.tokens();
        if (a > 0 && t.isWord(a - 1) && !t.newlineBefore(a) && PLACE_PREPOSITIONS.contains(t.hash(a - 1))) {
            return false; // "a professor at Northeastern", "INR drawn at Quest", "niece from Providence"
        }
        return t.isWord(a) && (c & (Lexicon.COMMON | Lexicon.CALENDAR)) != 0
                && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY
                        | Lexicon.PROPER | Lexicon.NATIONALITY | Lexicon.BELIEF | Lexicon.ORG_SUFFIX)) == 0;
    }

    /**
     * Whether tokens {@code [a, b)} are one word, or a few words in capitals of four letters at
     * most, one of which has no vowel ("FSBG", "RIJ TLC").
     */
    static boolean abbreviations(NameTokens t, int a, int b) {
        boolean vowelless = false;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            if (b - a > 1 && (t.shape(k) != NameTokens.UPPER || t.length(k) > 4)) {
                return false;
            }
            vowelless |= noVowel(t, k);
        }
        return vowelless;
    }

    /** Whether word token {@code k} has three ASCII letters or more and no vowel (nor "y"). */
    private static boolean noVowel(NameTokens t, int k) {
        if (!t.isWord(k) || t.length(k) < 3) {
            return false;
        }
        for (int i = t.start(k); i < t.end(k); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c < 'a' || c > 'z') {
                // a vowel, a digit or mark, or a letter outside ASCII ("Шилов", "Ngô"): not an abbreviation
                return false;
            }
        }
        return true;
    }

    /** "B. Lymph nodes": a letter and a full stop opening a line is an item of a list, not an initial. */
    static boolean listMarker(NameTokens t, int a, int b) {
        return b - a == 2 && t.isWord(a) && t.length(a) == 1 && t.isPunct(a + 1, '.')
                && (a == 0 || t.newlineBefore(a)) && b < t.size() && t.isWord(b) && !t.newlineBefore(b);
    }

    /**
     * "assist of Frank (PT)", "IV team (Ann)", "screened by Joy from case mgmt": in a clinical note a
     * lone capitalised given name that no place list holds, with no preposition of place before it,
     * is a person even where the tagger read a place.
     */
    static boolean givenNameAlone(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        int c = tf.lookup(a);
        return b - a == 1 && t.shape(a) == NameTokens.CAPITALIZED && (c & Lexicon.FIRST_NAME) != 0
                && (c & (Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.FACILITY)) == 0
                && !(a > 0 && t.isWord(a - 1) && TOWN_PREPOSITIONS.contains(t.hash(a - 1)));
    }

    /** Prepositions that put a town after them ("lives in Sharon", "from Marion"). */
    private static final WordSet TOWN_PREPOSITIONS = WordSet.of("in", "at", "to", "near", "from", "via");

    /** "D&I", "S&S", "L&D": one letter, "&", one letter (and a full stop), an abbreviation. */
    static boolean ampersandAbbreviation(NameTokens t, int a, int b) {
        int e = b > a && t.isPunct(b - 1, '.') ? b - 1 : b;
        return e - a == 3 && t.isWord(a) && t.length(a) == 1 && t.isPunct(a + 1, '&') && t.isWord(a + 2)
                && t.length(a + 2) == 1;
    }
}
