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

    private static final WordSet WORDS = WordSet.of("wife", "husband", "son", "daughter", "dtr", "mother",
            "father", "mom", "dad", "brother", "sister", "niece", "nephew", "aunt", "uncle", "cousin", "grandson",
            "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "spouse", "partner", "boyfriend",
            "girlfriend", "fiance", "fiancee", "friend", "neighbor", "neighbour", "caregiver", "stepson",
            "stepdaughter", "roommate", "hcp", "proxy", "guardian", "rn", "sons", "daughters", "parents", "brothers",
            "sisters", "therapist", "neighbors", "rrt", "sponsor", "resident", "intern", "sitter", "interpreter",
            "chaplain", "trooper", "gf", "bf", "coordinator", "aide", "bro", "sis", "hubby", "sw", "np");

    /** The relative and care-team role words, for passes that gather their opening words into one set. */
    static WordSet words() {
        return WORDS;
    }

    /** Whether word token {@code k} is a relative or care-team role word ("brother", "wife", "RN"). */
    static boolean relative(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 13 && WORDS.contains(t.hash(k));
    }

    /** Whether the word before token {@code a} (a comma between allowed, on the same line) is a relative. */
    static boolean before(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        int j = a - 1;
        if (j >= 0 && (t.isPunct(j, ',') || t.isPunct(j, '('))) {
            j--; // "daughter, Ana", "mom (tiffany)", "SITTER (DAVID)"
        }
        if (j >= 3 && t.is(j, "law") && t.isPunct(j - 1, '-') && t.is(j - 2, "in") && t.isPunct(j - 3, '-')) {
            j -= 4; // "son-in-law Paul", "sister-in-law Ana"
        } else if (j >= 2 && t.is(j, "law") && t.is(j - 1, "in")) {
            j -= 2; // "SON IN LAW WILL"
        }
        return j >= 0 && t.isWord(j) && !t.newlineBefore(a) && t.length(j) <= 13
                && WORDS.contains(t.hash(j));
    }

    /** Words of visiting or calling that follow a relative's name: "rose in to visit", "mark called", "tom at bedside". */
    private static final WordSet VISIT_WORDS = WordSet.of("in", "visiting", "visited", "visit", "called", "calls",
            "here", "aware", "updated", "present", "came", "arrived", "phoned", "spoke", "stayed", "staying", "paged",
            "notified", "at", "on");

    private static boolean visitWordAfter(NameTokens t, int k) {
        return t.isWord(k) && !t.newlineBefore(k) && visitWord(t, k);
    }

    /** "visited", "called", "paged", "aware": a word of visiting or calling that follows a name. */
    static boolean visitWord(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 9 && VISIT_WORDS.contains(t.hash(k));
    }

    /**
     * "SW", "RN", "CASE MGR": an abbreviated care-team role written before a name, never part of it
     * (unlike "Dr." or "Rev.", which the PERSON span keeps by the project's convention).
     */
    static boolean teamRole(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 3 && TEAM_ROLES.contains(t.hash(k));
    }

    private static final WordSet TEAM_ROLES = WordSet.of("sw", "rn", "np", "rrt", "rt", "cm", "mgr");

    /**
     * "-- JT RN", "-- kl, rrt", "DG RN", "... TRANSFER. AH RN": two or three letters in one case
     * opening a line (after dashes, if any) or a sentence, then a care-team credential: a
     * clinician's initials signing the note.
     */
    static boolean initialsSigning(TokenFeatures tf, int i) {
        NameTokens t = tf.tokens();
        int len = t.length(i);
        if (len < 2 || len > 3
                || i > 0 && !t.newlineBefore(i) && !t.isPunct(i - 1, '-') && !(t.isPunct(i - 1, '.') && t.spaceBefore(i))) {
            return false; // cheap checks first: this runs for every token the tagger left outside
        }
        if (!t.isWord(i) || t.nonAscii(i)
                || (t.shape(i) != NameTokens.UPPER && t.shape(i) != NameTokens.LOWER)
                || FieldLabels.credential(t, i) || Shorthand.bedsideWord(t, i)) {
            return false; // "PT OT eval", "ED RN called": a service or unit, not initials
        }
        int p = i - 1;
        while (p >= 0 && t.isPunct(p, '-') && !t.newlineBefore(p + 1)) {
            p--;
        }
        if (p >= 0 && !t.newlineBefore(p + 1) && !t.isPunct(p, '.')) {
            return false; // not at the start of a line or of a sentence ("? TRANSFER. AH RN", ". -kt rn")
        }
        int j = i + 1;
        if (j < t.size() && t.isPunct(j, ',')) {
            j++;
        }
        return j < t.size() && !t.newlineBefore(j) && t.shape(j) == t.shape(i) && FieldLabels.credential(t, j);
    }

    /**
     * Whether token {@code i}, which the tagger left outside any name, is a capitalised given name
     * right after a relative in mixed-case text ("husband Ed", "partner Rich", "RN Sue").
     */
    static boolean namedAfter(TokenFeatures tf, int i) {
        NameTokens t = tf.tokens();
        if (i == 0 || !cueWordBefore(t, i)) {
            return false;
        }
        boolean shaped = t.shape(i) == NameTokens.CAPITALIZED && t.mode(i) == NameTokens.MODE_MIXED
                // a note in lower case or in capitals: "son rich called", "SON FRANK IN TO VISIT"
                // (not "wife will call")
                || (t.shape(i) == NameTokens.LOWER && (t.mode(i) == NameTokens.MODE_LOWER || t.lowerProse())
                        || t.shape(i) == NameTokens.UPPER && t.mode(i) == NameTokens.MODE_UPPER)
                        && (tf.lookup(i) & Lexicon.STOP) == 0 && !verbForm(t, i, tf.lookup(i))
                        && !Shorthand.bedsideWord(t, i); // "INTERPRETER SVC CALLED"
        // "Sister rose visiting", "wife rose in to visit", "dtr sandy in from worcester": in mixed-case
        // text a given name in lower case right after a family word, before a word of visiting or
        // calling, is the name even when it is also a word or a verb
        // (and in a note all in lower case or in capitals: "daughter rose on phone", "SON WILL IN")
        if ((t.shape(i) == NameTokens.LOWER && (t.mode(i) == NameTokens.MODE_MIXED || t.mode(i) == NameTokens.MODE_LOWER
                || t.lowerProse()) || t.shape(i) == NameTokens.UPPER && t.mode(i) == NameTokens.MODE_UPPER)
                && i + 1 < t.size()
                && (tf.lookup(i) & Lexicon.FIRST_NAME) != 0 && (tf.lookup(i) & Lexicon.STOP) == 0
                && t.spaceBefore(i) && !t.isPunct(i - 1, ',') && before(tf, i) && visitWordAfter(t, i + 1)) {
            return true;
        }
        if (shaped && (tf.lookup(i) & Lexicon.FIRST_NAME) != 0 && before(tf, i)) {
            return true;
        }
        // "daughter may stayed", "brother will in to visit": a given name that is also a modal, after
        // a relative, is the name when no verb follows it
        boolean lowerNote = t.shape(i) == NameTokens.LOWER && (t.mode(i) == NameTokens.MODE_LOWER || t.lowerProse())
                || t.shape(i) == NameTokens.UPPER && t.mode(i) == NameTokens.MODE_UPPER; // "NIECE MAY."
        if (lowerNote && (t.is(i, "will") || t.is(i, "may")) && before(tf, i) && i + 1 < t.size()
                && notAVerbAfter(t, i + 1)) {
            return true;
        }
        // "DR MAY", "(dr rich)": after a doctor's title, in a note in capitals or in lower case, a
        // listed name is the name, even one that is a word
        int p = i >= 2 && t.isPunct(i - 1, '.') ? i - 2 : i - 1;
        if (p >= 0 && (t.is(p, "dr") || t.is(p, "deacon") || t.is(p, "rabbi")) && !t.newlineBefore(i)
                && (t.mode(i) == NameTokens.MODE_UPPER && t.shape(i) == NameTokens.UPPER
                        || (t.mode(i) == NameTokens.MODE_LOWER || t.lowerProse()) && t.shape(i) == NameTokens.LOWER)
                && (tf.lookup(i) & (Lexicon.LAST_NAME | Lexicon.FIRST_NAME)) != 0) {
            return true;
        }
        // "SW Price aware", "RN Lane paged", "CM Joy faxed", "RN Obi at 0300": a capitalised name (or
        // a word no list holds) after a care-team role
        // "rt joe will follow", "RN MAUREEN": in a note in lower case (or capitals), a listed given name after a role
        if (i >= 1 && t.isWord(i - 1) && t.spaceBefore(i) && !t.newlineBefore(i) && ROLES.contains(t.hash(i - 1))
                && (tf.lookup(i) & Lexicon.FIRST_NAME) != 0 && (tf.lookup(i) & Lexicon.STOP) == 0
                && (t.shape(i) == NameTokens.LOWER && (t.mode(i) == NameTokens.MODE_LOWER || t.lowerProse())
                        || t.shape(i) == NameTokens.UPPER && t.mode(i) == NameTokens.MODE_UPPER)) {
            return true;
        }
        return t.shape(i) == NameTokens.CAPITALIZED && t.mode(i) == NameTokens.MODE_MIXED && i >= 1
                && ((tf.lookup(i) & (Lexicon.LAST_NAME | Lexicon.FIRST_NAME)) != 0 || tf.lookup(i) == 0 && t.length(i) >= 3
                        && !Shorthand.bedsideWord(t, i) && !ClinicalWords.bedsideTerm(t, i))
                && (tf.lookup(i) & Lexicon.STOP) == 0
                && t.isWord(i - 1) && t.spaceBefore(i) && ROLES.contains(t.hash(i - 1))
                // not a unit ("162 cm  Weight:"): no number before the role, no colon after the name
                && !(i >= 2 && t.shape(i - 2) == NameTokens.DIGITS) && !(i + 1 < t.size() && t.isPunct(i + 1, ':'));
    }

    /** Care-team roles before a capitalised name; "cm" (case manager) only before a capitalised word, as here. */
    private static final WordSet ROLES = WordSet.of("sw", "rn", "np", "rrt", "dr", "rt", "cm", "md", "deacon",
            "interpreter", "rabbi", "chaplain", "pastor", "fr", "rev", "mgr", "rep", "tech", "sitter", "mgmt");
    private static final WordSet NOT_VERBS = WordSet.of("in", "at", "from", "and", "is", "was", "here",
            "there", "called", "visited", "stayed", "came", "arrived", "went", "says", "states", "stated", "said",
            "updated", "aware", "present", "by");

    /**
     * Token {@code j} shows the word before it is no modal verb: a preposition, a mark, or a verb
     * a modal never takes ("works", "accompanied": a modal takes the bare form, "will call").
     */
    private static boolean notAVerbAfter(NameTokens t, int j) {
        if (!t.isWord(j)) {
            return t.isPunct(j, ',') || t.isPunct(j, '.') || t.isPunct(j, ';');
        }
        int len = t.length(j);
        char last = Character.toLowerCase(t.charAt(t.end(j) - 1));
        char before = len >= 2 ? Character.toLowerCase(t.charAt(t.end(j) - 2)) : ' ';
        return len <= 10 && NOT_VERBS.contains(t.hash(j))
                || len >= 4 && (last == 's' && before != 's' || last == 'd' && before == 'e');
    }

    /**
     * "... will cont to monitor. ak", "urine. RM/JT", "--kc": two or three letters in one case
     * closing the text (alone, or joined by '/'), after a sentence end, a dash or a line break:
     * the initials of whoever wrote the note. Not a unit or an abbreviation ("PT", "ED").
     */
    static boolean closingInitials(TokenFeatures tf, int i) {
        NameTokens t = tf.tokens();
        if (i + 4 < t.size() || t.length(i) < 2 || t.length(i) > 3) {
            return false; // cheap checks first: this runs for every token the tagger left outside
        }
        if (!lettersShape(t, i) || (tf.lookup(i) & (Lexicon.STOP | Lexicon.COUNTRY)) != 0
                || (tf.lookup(i) & Lexicon.COMMON) != 0 && t.hasVowel(i)) {
            return false; // "... at 5 pm. OK", "... in the US" (not "\nbc": no word is written without a vowel)
        }
        if (MedicalTerms.unit(t, i) && i > 0 && (t.shape(i - 1) == NameTokens.DIGITS || t.isPunct(i - 1, '/'))) {
            return false; // "... 140 mg", "mg/dl" (not "rehab.\nMG")
        }
        int j = i + 1;
        if (j + 1 < t.size() && t.isPunct(j, '/') && initialsShape(t, j + 1)) {
            if (MedicalTerms.unit(t, j + 1)) {
                return false;
            }
            j += 2; // "RM/JT"
        }
        while (j < t.size() && t.shape(j) == NameTokens.PUNCT && !t.isPunct(j, '/')) {
            j++;
        }
        if (j < t.size()) {
            return false; // not the end of the text
        }
        int p = i - 1;
        if (p >= 1 && t.isPunct(p, '/') && initialsShape(t, p - 1)) {
            p -= 2; // the second of "RM/JT"
        }
        // after a sentence end and a space ("monitor. ak"), a line break or dashes ("--kc"); not the
        // "org" of "jo@example.org"
        if (p >= 0 && t.isPunct(p, ':')) {
            return false; // "Rhythm:\nSB": a field's value
        }
        // a bedside abbreviation ("... 50s. SB") only on a line of its own or after dashes ("\n--sb")
        return p < 0 || t.newlineBefore(p + 1) || t.isPunct(p, '-')
                || (t.isPunct(p, '.') || t.isPunct(p, '!')) && t.spaceBefore(p + 1) && !Shorthand.bedsideWord(t, i);
    }

    /**
     * "...cont current.\n-- Joy", "\n--rose": a listed given name alone on the last line after
     * dashes, the note's end: its writer signing (the tagger reads "Joy", "rose" as words).
     */
    static boolean closingName(TokenFeatures tf, int i) {
        NameTokens t = tf.tokens();
        if (i < 1 || !t.isWord(i) || t.length(i) < 3 || !t.isPunct(i - 1, '-')
                || (tf.lookup(i) & Lexicon.FIRST_NAME) == 0) {
            return false; // cheap checks first: this runs for every token the tagger left outside
        }
        for (int j = i + 1; j < t.size(); j++) {
            if (t.shape(j) != NameTokens.PUNCT) {
                return false; // not the end of the text
            }
        }
        int p = i - 1;
        while (p > 0 && t.isPunct(p - 1, '-') && !t.newlineBefore(p)) {
            p--;
        }
        return p == 0 || t.newlineBefore(p);
    }

    private static final WordSet FUNCTION_WORDS = WordSet.of("in", "at", "to", "on", "of", "for", "from",
            "with", "by", "the", "and", "or", "via", "per");

    /** A preposition, article or conjunction ("IN", "from", "the"): never the first word of a name. */
    static boolean functionWord(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 4 && FUNCTION_WORDS.contains(t.hash(k));
    }

    /** "SON STATES", "wife called": a common word ending like a verb form (-s, -ed, -ing) is the verb. */
    private static boolean verbForm(NameTokens t, int i, int classes) {
        if ((classes & Lexicon.COMMON) == 0 || t.length(i) < 4) {
            return false;
        }
        int e = t.end(i);
        char c1 = Character.toLowerCase(t.charAt(e - 1));
        char c2 = Character.toLowerCase(t.charAt(e - 2));
        char c3 = Character.toLowerCase(t.charAt(e - 3));
        return c1 == 's' || c1 == 'd' && c2 == 'e' || c1 == 'g' && c2 == 'n' && c3 == 'i';
    }

    private static boolean initialsShape(NameTokens t, int i) {
        return lettersShape(t, i) && !Shorthand.bedsideWord(t, i);
    }

    /** Two or three ASCII letters in one case, no credential. */
    private static boolean lettersShape(NameTokens t, int i) {
        int len = t.length(i);
        return t.isWord(i) && len >= 2 && len <= 3 && !t.nonAscii(i)
                && (t.shape(i) == NameTokens.UPPER || t.shape(i) == NameTokens.LOWER)
                && !FieldLabels.credential(t, i);
    }

    /**
     * Every word that some reading of {@link #namedAfter} needs right before the name (past one
     * mark): a relative, a care-team role, a cleric's title, or the "law" of "son-in-law".
     */
    private static final WordSet CUES_BEFORE = WordSet.union(WORDS, ROLES, WordSet.of("dr", "deacon", "rabbi", "law"));

    /**
     * Whether the word before token {@code i}, past one mark, is in {@link #CUES_BEFORE}. Why: {@link
     * #namedAfter} runs for every token the tagger left outside, and this one look-up rules out
     * nearly all of them before its many shape and list tests.
     */
    private static boolean cueWordBefore(NameTokens t, int i) {
        int j = i - 1;
        if (t.shape(j) == NameTokens.PUNCT) {
            j--;
        }
        return j >= 0 && t.isWord(j) && t.length(j) <= 13 && CUES_BEFORE.contains(t.hash(j));
    }
}
