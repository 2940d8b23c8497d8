package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * Phrases of chats, mail and notes that name a person whatever the name looks like, applied
 * after {@link NameSpans}: a mention ("@Doise thanks for the fix"), a salutation ("Dear renfin,",
 * "Hi Kasha,"), a self-introduction ("hi, it's Halan.", "this is Maria from billing", "my name is
 * Jorge Vidal"), a given name after a verb of talking ("spoke w/ Ann re: bed"), a patient's or
 * baby's name after "Pt", "Baby boy" or "named" ("Pt Mary Hale 80 yo F"), a header line that
 * opens with a given name and a surname before numbers ("Tasha Greenwood 31 y/o") and a relative
 * before a name no list holds, in lower case ("brother shamar
 * boeseau lives in Heves", "Wife torshaley aware"). The name words must be names or unknown
 * words (never ordinary vocabulary: "it's fine", "Dear Sir", "@Override"); the finding replaces
 * any other name finding on the same words.
 */
final class PersonCues {
    private PersonCues() {
    }

    static final double SCORE = 0.8;
    private static final int MAX_WORDS = 3;
    /** Salutations opening a line: "Dear X,", "Hi X,". */
    private static final WordSet SALUTATIONS = WordSet.of("dear", "hi", "hello", "hey", "greetings");
    /** Code annotations and doc tags written like a mention. */
    private static final WordSet ANNOTATIONS = WordSet.of("override", "test", "param", "return", "returns",
            "throws", "author", "since", "see", "deprecated", "suppresswarnings", "autowired", "nullable",
            "nonnull", "inject", "component", "service", "bean", "entity", "table", "column", "id", "getter",
            "setter", "data", "value", "before", "after", "beforeeach", "aftereach", "media", "import", "keyframes",
            "echo", "charset", "supports", "mixin", "include", "extend", "interface", "transactional", "builder",
            "valid", "notnull", "size", "pattern", "mock", "spy", "link", "code", "inheritdoc", "disabled", "tag",
            "everyone", "channel", "here", "all", "team");

    /** Adds the persons these phrases name to {@code out}, replacing name findings on their words from {@code from}. */
    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!mayOpen(t, k)) {
                continue;
            }
            int a = -1;
            if (t.isPunct(k, '@') && (k == 0 || t.spaceBefore(k) || t.newlineBefore(k)) && !t.spaceBefore(k + 1)
                    && t.isWord(k + 1) && !in(ANNOTATIONS, t, k + 1)) {
                a = k + 1; // "@Doise thanks", not "jo@example.org" (no space before '@') or "@Override"
            } else if (t.isWord(k) && (k == 0 || t.newlineBefore(k)) && in(SALUTATIONS, t, k)
                    && t.spaceBefore(k + 1)) {
                a = k + 1; // "Dear renfin,"
            } else if (introduction(t, k)) {
                a = k + 1; // "it's Halan", "this is Maria", "my name is Jorge"
            } else if (t.shape(k + 1) == NameTokens.LOWER && t.spaceBefore(k + 1) && !t.newlineBefore(k + 1)
                    && Relatives.relative(t, k)) {
                a = k + 1; // "brother shamar boeseau": only unknown words (a listed name is the tagger's)
                int e = nameRun(tf, a, true);
                if (e > a) {
                    add(tf, a, e, recognizer, out, from);
                }
                continue;
            }
            if (k + 2 < t.size() && t.is(k, "dr") && t.isPunct(k + 1, '.') && t.start(k + 1) == t.end(k)
                    && t.start(k + 2) == t.end(k + 1) && t.isWord(k + 2)) {
                int e = nameRun(tf, k + 2, false);
                if (e > k + 2) {
                    add(tf, k + 2, e, recognizer, out, from); // "(dr.petrosyan)": typed without a space
                }
                continue;
            }
            if (t.isWord(k) && t.length(k) <= 14 && SPEAKER_ROLES.contains(t.hash(k)) && speakerLineStart(t, k)) {
                int e = speakerName(tf, k + 1);
                if (e > k + 1) {
                    add(tf, k + 1, e, recognizer, out, from); // a chat transcript: "Agent Kay: Let me check."
                    continue;
                }
            }
            if (t.is(k, "dr") && t.mode(k) == NameTokens.MODE_MIXED) {
                int w = k + 1 < t.size() && t.isPunct(k + 1, '.') && t.start(k + 1) == t.end(k) ? k + 2 : k + 1;
                if (w < t.size() && t.start(w) > t.end(w - 1) && lowerSurname(tf, w)
                        && !LinePasses.overlapsAny(out, from, t.start(w), t.end(w))) {
                    // "to be seen by dr nguyen", "f/u dr hale clinic": a lower-case surname after "dr" in
                    // a mixed-case note, which the tagger reads by its case as no name
                    add(tf, w, w + 1, recognizer, out, from);
                    continue;
                }
            }
            if ((k == 0 || t.newlineBefore(k)) && k + 2 < t.size() && givenName(tf, k) && !Shorthand.bedsideWord(t, k)
                    && !ClinicalWords.bedsideTerm(t, k) && t.isWord(k + 1)
                    && !t.newlineBefore(k + 1) && t.start(k + 1) - t.end(k) == 1 && capitalisedRun(tf, k + 1) == k + 2
                    && !t.newlineBefore(k + 2) && (t.isPunct(k + 2, '|') || t.shape(k + 2) == NameTokens.DIGITS)) {
                // "Winifred Marsh | 5/10/2024 | Dr. Ahn", "Tasha Greenwood 31 y/o G1P0": a header line
                // opening with a name before numbers, which the tagger reads as no name
                add(tf, k, k + 2, recognizer, out, from);
                continue;
            }
            int named = namedAfterCue(tf, k);
            if (named > 0) {
                int e = capitalisedRun(tf, named);
                if (e > named && (e >= t.size() || !t.isWord(e) || t.shape(e) == NameTokens.DIGITS
                        || Shorthand.bedsideWord(t, e))) {
                    // "Pt Mary Hale 80 yo F", "Baby boy Brown, DOL 3": the cue outranks the tagger's reading
                    LinePasses.clear(out, from, t.start(named), t.end(e - 1));
                    out.add(new Finding(EntityType.PERSON, t.start(named), t.end(e - 1), SCORE, recognizer));
                }
                continue;
            }
            if (k + 1 < t.size() && t.isWord(k) && t.length(k) <= 9 && REACHED.contains(t.hash(k)) && t.spaceBefore(k + 1)
                    && !t.newlineBefore(k + 1) && givenName(tf, k + 1)) {
                int e = capitalisedRun(tf, k + 1);
                if (e > k + 1) {
                    add(tf, k + 1, e, recognizer, out, from); // "Contact Rhonda in admissions (205) ..."
                }
                continue;
            }
            if (k + 2 < t.size() && t.is(k + 1, "by") && t.isWord(k) && t.length(k) <= 11 && TYPED.contains(t.hash(k))
                    && t.isWord(k + 2) && t.length(k + 2) >= 2 && t.length(k + 2) <= 3 && !t.newlineBefore(k + 2)
                    && (t.shape(k + 2) == NameTokens.LOWER || t.shape(k + 2) == NameTokens.UPPER)
                    && (k + 3 >= t.size() || !t.isWord(k + 3) || t.newlineBefore(k + 3))
                    && !FieldLabels.credential(t, k + 2) && !Shorthand.bedsideWord(t, k + 2)) {
                add(tf, k + 2, k + 3, recognizer, out, from); // "Transcribed by ml.": the typist's initials
                continue;
            }
            int spoken = spokeWith(t, k);
            if (spoken > 0 && givenName(tf, spoken)) {
                int e = nameRun(tf, spoken, false);
                if (e > spoken) {
                    add(tf, spoken, e, recognizer, out, from); // "spoke w/ Ann re: bed", "Spoke w/ Sue@1400"
                }
                continue;
            }
            if (a < 0 && t.isPunct(k, '"') && k + 2 < t.size() && nickname(t, k)) {
                a = k + 1; // FRIEND "SMITTY", GOES BY "BUD", Richard ("Rich")
                int e = quotedRun(tf, a);
                if (e > a && e < t.size() && t.isPunct(e, '"')) {
                    add(tf, a, e, recognizer, out, from);
                }
                continue;
            }
            if (a > 0) {
                int e = nameRun(tf, a, false);
                if (e > a && (e >= t.size() || !t.isWord(e) || t.is(e, "from") || t.is(e, "here")
                        || t.is(e, "thanks") || t.is(e, "thank") || t.is(e, "and") || a > 0 && t.isPunct(a - 1, '@'))) {
                    add(tf, a, e, recognizer, out, from);
                }
            }
        }
    }

    /** An opening quote at {@code q} after a relative, "goes by", "aka", "known as" or a bracket: a nickname. */
    private static boolean nickname(NameTokens t, int q) {
        int p = q - 1;
        if (p >= 0 && t.isPunct(p, '(')) {
            return true;
        }
        return p >= 0 && t.isWord(p) && (Relatives.relative(t, p) || t.is(p, "aka") || t.length(p) <= 10
                && NICKNAMED.contains(t.hash(p))
                || p >= 1 && (t.is(p, "by") && t.is(p - 1, "goes") || t.is(p, "as") && t.is(p - 1, "known")
                        || t.is(p, "is") && t.is(p - 1, "name") // HIS NAME IS "BIG AL"
                        || (t.is(p, "him") || t.is(p, "her")) && (t.is(p - 1, "calls") || t.is(p - 1, "called"))));
    }

    /** Roles that open a speaker's line in a transcript: "Agent Kay:", "Rep Dana:", "Tech Luis:". */
    private static final WordSet SPEAKER_ROLES = WordSet.of("agent", "rep", "representative", "advisor", "adviser",
            "specialist", "tech", "technician", "operator", "associate", "supervisor", "dispatcher", "officer");

    /** Whether token {@code k} opens its line, or follows a bracketed time stamp ("[10:42 AM] Agent"). */
    private static boolean speakerLineStart(NameTokens t, int k) {
        return k == 0 || t.newlineBefore(k) || t.isPunct(k - 1, ']');
    }

    /**
     * End of a speaker's name from {@code a}: one or two capitalised words, each a listed name or a
     * word no list holds ("Kay", not "Support"), then a colon right after; {@code a} if none.
     */
    private static int speakerName(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        int k = a;
        while (k < t.size() && k - a < 2 && t.isWord(k) && !t.newlineBefore(k) && t.shape(k) == NameTokens.CAPITALIZED
                && (tf.lookup(k) & (Lexicon.STOP | Lexicon.CALENDAR)) == 0
                && ((tf.lookup(k) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0 || tf.lookup(k) == 0)) {
            k++;
        }
        return k > a && k < t.size() && t.isPunct(k, ':') && t.start(k) == t.end(k - 1) ? k : a;
    }

    /** People named by a nickname in quotes after their role: AA sponsor "Big Mike", case manager "Bree". */
    private static final WordSet NICKNAMED = WordSet.of("sponsor", "manager", "worker", "caseworker", "aide",
            "friend", "neighbor", "neighbour", "roommate", "boyfriend", "girlfriend", "fiance", "fiancee", "buddy",
            "nickname", "nicknamed", "prefers", "named", "called");

    /**
     * End of the nickname in quotes from {@code a}: up to three words closed by a quote, each
     * capitalised (or in capitals), initials of two or three capitals included ("TJ", "Big Mike",
     * "BIG AL"), no function, calendar or clinical word; {@code a} if none.
     */
    private static int quotedRun(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        int k = a;
        while (k < t.size() && k - a < MAX_WORDS && t.isWord(k) && (k == a || t.start(k) - t.end(k - 1) == 1)
                && !t.newlineBefore(k) && (t.shape(k) == NameTokens.CAPITALIZED || t.shape(k) == NameTokens.UPPER)
                && (tf.lookup(k) & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL)) == 0
                && !Shorthand.bedsideWord(t, k) && !ClinicalWords.drugOrLab(t, k)) {
            k++;
        }
        return k < t.size() && t.isPunct(k, '"') ? k : a;
    }

    /**
     * The token after a phrase that introduces a patient's or baby's name, or -1: "Pt" or
     * "Patient" opening a line or sentence before a capitalised given name ("Pt Mary Hale 80 yo F":
     * the tagger reads a name before an age as no name), "baby boy" / "baby girl" before a
     * capitalised word ("Baby boy Brown"), "named" before one ("Infant named Juniper").
     */
    private static int namedAfterCue(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        if (!t.isWord(k) || k + 1 >= t.size() || !t.spaceBefore(k + 1) || t.newlineBefore(k + 1)) {
            return -1;
        }
        if ((t.is(k, "pt") || t.is(k, "patient")) && t.shape(k) != NameTokens.LOWER
                && (k == 0 || t.newlineBefore(k) || t.isPunct(k - 1, '.') && t.spaceBefore(k))) {
            return givenName(tf, k + 1) ? k + 1 : -1;
        }
        boolean capital = t.shape(k + 1) == NameTokens.CAPITALIZED && t.mode(k + 1) == NameTokens.MODE_MIXED
                || t.shape(k + 1) == NameTokens.UPPER && t.mode(k + 1) == NameTokens.MODE_UPPER;
        if (capital && k >= 1 && (t.is(k, "boy") || t.is(k, "girl")) && t.is(k - 1, "baby")) {
            return k + 1;
        }
        return capital && t.is(k, "named") ? k + 1 : -1;
    }

    /** Verbs of talking before "w/", "with" or "to" and a person: "spoke w/ Ann", "talked with Sue". */
    private static final WordSet TALKED = WordSet.of("spoke", "spoken", "talked", "speaking", "talking", "discussed",
            "met", "updated", "conferred");
    /** Verbs that take the person right after them: "Contact Rhonda in admissions", "paged Sue". */
    private static final WordSet REACHED = WordSet.of("contact", "contacted", "paged", "notified", "texted",
            "emailed", "ask", "asked", "thanked");
    /** Words before "by" and a typist's initials: "Transcribed by ml.", "dictated by JT". */
    private static final WordSet TYPED = WordSet.of("transcribed", "dictated", "typed", "entered", "signed",
            "scribed");

    /** If token {@code k} is a verb of talking followed by "w/", "with" or "to", the token after; else -1. */
    private static int spokeWith(NameTokens t, int k) {
        if (!t.isWord(k) || t.length(k) > 9 || !TALKED.contains(t.hash(k)) || k + 2 >= t.size()) {
            return -1;
        }
        int p = k + 1;
        if (t.is(p, "w") && t.isPunct(p + 1, '/') && !t.spaceBefore(p + 1)) {
            p += 2; // "w/"
        } else if (t.is(p, "with") || t.is(p, "to")) {
            p++;
        } else {
            return -1;
        }
        return p < t.size() && t.isWord(p) && !t.newlineBefore(p) ? p : -1;
    }

    /**
     * A lower-case word on the same line that can only be a surname here: listed as a name or on no
     * list at all, three letters or more, no function, calendar, clinical or bedside word, and not
     * an ordinary word unless a name list has it ("hale", "nguyen", "osei"; not "dr to see", "dr aware").
     */
    private static boolean lowerSurname(TokenFeatures tf, int w) {
        NameTokens t = tf.tokens();
        if (!t.isWord(w) || t.shape(w) != NameTokens.LOWER || t.newlineBefore(w) || t.length(w) < 3) {
            return false;
        }
        int c = tf.lookup(w);
        return (c & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL)) == 0 && !Shorthand.bedsideWord(t, w)
                && !ClinicalWords.bedsideTerm(t, w) && !ClinicalWords.drugOrLab(t, w)
                && ((c & (Lexicon.LAST_NAME | Lexicon.FIRST_NAME)) != 0 || c == 0);
    }

    /** A listed given name written as a name: capitalised in mixed-case text, or in a text all in capitals. */
    private static boolean givenName(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        int c = tf.lookup(k);
        boolean written = t.shape(k) == NameTokens.CAPITALIZED && t.mode(k) == NameTokens.MODE_MIXED
                || t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_UPPER;
        return written && (c & Lexicon.FIRST_NAME) != 0 && (c & (Lexicon.STOP | Lexicon.CALENDAR)) == 0;
    }

    /** "it's", "this is", "my name is", "name's" right before token {@code k + 1}. */
    private static boolean introduction(NameTokens t, int k) {
        if (!t.isWord(k) || !t.spaceBefore(k + 1) || t.newlineBefore(k + 1)) {
            return false;
        }
        if (t.is(k, "s") && k >= 2 && (t.isPunct(k - 1, '\'') || t.isPunct(k - 1, '\u2019'))
                && (t.is(k - 2, "it") || t.is(k - 2, "name"))) {
            return true; // "it's", "name's"
        }
        return t.is(k, "is") && k >= 1 && (t.is(k - 1, "this") || t.is(k - 1, "name") && k >= 2 && t.is(k - 2, "my"));
    }

    /**
     * End of the run of name words from {@code a}: up to three words, each a listed name or a
     * word no vocabulary list has; ordinary words only capitalised in mixed-case text ("Jay").
     * {@code unknownOnly}: every word must be unknown to the lexicon ("torshaley").
     */
    private static int nameRun(TokenFeatures tf, int a, boolean unknownOnly) {
        NameTokens t = tf.tokens();
        int k = a;
        int words = 0;
        while (k < t.size() && words < MAX_WORDS && t.isWord(k) && (k == a || t.start(k) - t.end(k - 1) == 1)
                && !t.newlineBefore(k)) {
            int c = tf.lookup(k);
            boolean unknown = c == 0 && t.length(k) >= 3;
            boolean name = (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0
                    && (c & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.HONORIFIC | Lexicon.JOB)) == 0
                    && ((c & Lexicon.COMMON) == 0
                            || t.shape(k) == NameTokens.CAPITALIZED && t.mode(k) == NameTokens.MODE_MIXED
                            || t.shape(k) == NameTokens.UPPER);
            if (unknownOnly ? !unknown : !(unknown || name) || t.shape(k) == NameTokens.DIGITS
                    || Shorthand.bedsideWord(t, k) || ClinicalWords.bedsideTerm(t, k)) {
                break;
            }
            words++;
            k++;
        }
        return k;
    }

    /**
     * End of the run of capitalised words from {@code a} (in capitals in a text all in capitals),
     * up to three, one space apart on one line; ordinary words count ("Hale", "Brown", "Juniper")
     * since the cue before them says a name follows, but no function word, month or clinical word.
     */
    private static int capitalisedRun(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        int k = a;
        while (k < t.size() && k - a < MAX_WORDS && t.isWord(k) && (k == a || t.start(k) - t.end(k - 1) == 1)
                && !t.newlineBefore(k)) {
            boolean capital = t.shape(k) == NameTokens.CAPITALIZED && t.mode(k) == NameTokens.MODE_MIXED
                    || t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_UPPER;
            if (!capital || (tf.lookup(k) & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL)) != 0
                    || Shorthand.bedsideWord(t, k) || ClinicalWords.bedsideTerm(t, k)) {
                break;
            }
            k++;
        }
        return k;
    }

    private static void add(TokenFeatures tf, int a, int e, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        LinePasses.replaceUnlessLonger(out, from, new Finding(EntityType.PERSON, t.start(a), t.end(e - 1), SCORE,
                recognizer));
    }

    private static boolean in(WordSet list, NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 20 && list.contains(t.hash(k));
    }

    /**
     * Every word that can open one of the phrases of {@link #apply} as its token {@code k}. Why: the
     * pass looks at every token of every text, and most tokens open no phrase; one look-up here
     * replaces a dozen list and word tests for them.
     */
    private static final WordSet OPENERS = WordSet.union(SALUTATIONS, Relatives.words(), SPEAKER_ROLES, REACHED,
            TYPED, TALKED, WordSet.of("dr", "s", "is", "pt", "patient", "boy", "girl", "named"));

    /** Whether token {@code k} may open a phrase: a line start, an '@' or a quote, or a word of {@link #OPENERS}. */
    private static boolean mayOpen(NameTokens t, int k) {
        if (k == 0 || t.newlineBefore(k)) {
            return true;
        }
        if (!t.isWord(k)) {
            return t.isPunct(k, '@') || t.isPunct(k, '"');
        }
        return t.length(k) <= 20 && OPENERS.contains(t.hash(k));
    }
}
