package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * Corrects the tagger's type where the lists disagree with it and no cue around supports it:
 * <ul>
 *   <li>a PERSON or ORGANIZATION finding that is exactly a real town ({@link Places}) none of whose
 *       words is on a name, organization, honorific or vocabulary list is the town: "Partner,
 *       Bilbao office", "Croydon CR0 4XB", "Honolulu (HNL)", "collect from Depot 7, Basildon". The
 *       tagger reads an unknown capitalised word as a name; a real town that no name list holds is
 *       a place far more often. Not after an honorific, a greeting or a relative, nor before a
 *       credential;</li>
 *   <li>"Davidson County", "Millbrook Falls": a name ending in a place's word (County, Falls, Heights,
 *       Springs, Village, Beach, Valley, City...) and holding no organization word is a place, not an
 *       organization; "f/u chelsea
 *       hc", "Whittier Rehab": a "person" ending in a care facility's word is the facility;</li>
 *   <li>an ORGANIZATION finding of one capitalised word that is a listed given name and on no
 *       organization or place list is a person: "The new hire Kwame starts", "Super (Hector)
 *       inspected";</li>
 *   <li>a LOCATION finding of one capitalised word that is a listed given name or surname, on no
 *       place list, no real town and after no word of place is a person: "caseworker Denise
 *       (413-555-0122)", "last name per registration Lawson".</li>
 * </ul>
 */
final class Retypes {
    /** Words before a name in a greeting or a thank-you: "thx Pedra", "Hi Nadia". */
    private static final WordSet GREETINGS = WordSet.of("hi", "hello", "hey", "dear", "thanks", "thx", "thank",
            "ty", "bye", "cheers", "regards", "sincerely", "love", "welcome", "congrats", "congratulations");
    /** Lists that make a word no bare town: names, organizations, titles and ordinary vocabulary. */
    private static final int NOT_A_TOWN = Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.HONORIFIC
            | Lexicon.PERSON_NOUN | Lexicon.COMMON | Lexicon.STOP | Lexicon.CLINICAL | Lexicon.JOB | Lexicon.ORG_WORD
            | Lexicon.ORG_SUFFIX | Lexicon.FACILITY | Lexicon.HOSPITAL_PART;
    /** Lists that make a given name something else too. */
    private static final int NOT_ONLY_A_NAME = Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.ORG_WORD
            | Lexicon.ORG_SUFFIX | Lexicon.FACILITY | Lexicon.HOSPITAL_PART | Lexicon.NATIONALITY;

    /** Words after which a name is a place's: "in Warren", "to Lowell", "of Hampden", "near Avon". */
    private static final WordSet PLACE_BEFORE = WordSet.of("in", "at", "to", "from", "near", "of", "into", "via",
            "toward", "towards", "outside", "around");

    /** Last words that make a name a care facility's: "chelsea hc", "Hebrew Rehab", "Brookhaven Manor". */
    private static final WordSet FACILITY_HEADS = WordSet.of("hc", "chc", "rehab", "hospital", "clinic", "manor",
            "hospice", "snf", "ltach", "ltac", "infirmary", "sanatorium", "house", "home", "center", "centre", "health");

    /** The heads that a place found without them still takes: "at chelsea hc" ("Memorial clinic" stays as found). */
    private static final WordSet SHORT_HEADS = WordSet.of("hc", "chc", "rehab", "snf", "ltach", "ltac");

    /** Last words of place names: "Davidson County", "Millbrook Falls", "Shaker Heights", "Palm Springs". */
    private static final WordSet PLACE_ENDINGS = WordSet.of("county", "falls", "heights", "hills", "springs",
            "village", "township", "borough", "island", "islands", "beach", "valley", "city");

    private Retypes() {
    }

    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        for (int i = from; i < out.size(); i++) {
            Finding f = out.get(i);
            if (f.type() != EntityType.PERSON && f.type() != EntityType.ORGANIZATION && f.type() != EntityType.LOCATION) {
                continue;
            }
            int a = t.tokenStartingAt(f.start());
            if (a < 0) {
                continue;
            }
            int head = personCue(tf, a, a) || (tf.lookup(a) & Lexicon.HONORIFIC) != 0 ? -1 : headAfter(t, out, from, f);
            if (head > 0) {
                // "f/u chelsea hc", "at Whittier Rehab": the name and the facility word after it are one place
                out.set(i, new Finding(EntityType.LOCATION, f.start(), t.end(head), f.score(), recognizer));
                continue;
            }
            int last = t.lastTokenOf(a, f.end());
            if (f.type() == EntityType.PERSON && last == a && placeAfterPlace(tf, out, from, a)) {
                out.set(i, new Finding(EntityType.LOCATION, f.start(), f.end(), f.score(), recognizer));
                continue;
            }
            if (f.type() == EntityType.PERSON && last > a && t.isWord(last) && t.length(last) <= 8
                    && FACILITY_HEADS.contains(t.hash(last)) && (tf.lookup(a) & Lexicon.HONORIFIC) == 0
                    && !personCue(tf, a, last + 1)) {
                // "f/u chelsea hc", "Whittier Rehab": a facility, not a person
                out.set(i, new Finding(EntityType.LOCATION, f.start(), f.end(), f.score(), recognizer));
                continue;
            }
            if (t.mode(a) != NameTokens.MODE_MIXED) {
                continue;
            }
            if (f.type() == EntityType.LOCATION && last == a && placeAfterPlace(tf, out, from, a)) {
                continue; // "Mercy Point Hospital, Lynn": the town of the place before, not a person
            }
            EntityType to = retype(tf, f, a, last);
            if (to != null) {
                out.set(i, new Finding(to, f.start(), f.end(), f.score(), recognizer));
            }
        }
    }

    /**
     * "Mercy Point Hospital, Lynn", "Chicopee, MA", "From Fuzhou, China;", "Dr. Rajinder Gill,
     * Lowell": one word after a comma that follows a place (or a person named in full), itself on a
     * town, state or country list and closing its clause, is that place's town, state or country,
     * though the tagger, reading "Lynn" or "China" as a given name, says person.
     */
    private static boolean placeAfterPlace(TokenFeatures tf, List<Finding> out, int from, int a) {
        NameTokens t = tf.tokens();
        if (a < 2 || !t.isPunct(a - 1, ',') || t.newlineBefore(a) || t.newlineBefore(a - 1)
                || (tf.lookup(a) & (Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY)) == 0 && !CityStates.stateCode(t, a)
                        && Places.match(t, a) != a + 1) {
            return false;
        }
        int n = a + 1;
        boolean closes = n >= t.size() || t.newlineBefore(n) || t.isPunct(n, ';') || t.isPunct(n, '.')
                || t.isPunct(n, ')');
        if (!closes) {
            return false;
        }
        int prevEnd = t.end(a - 2);
        for (int i = from; i < out.size(); i++) {
            Finding p = out.get(i);
            if (p.end() != prevEnd) {
                continue;
            }
            if (p.type() == EntityType.LOCATION) {
                return true;
            }
            // a person named in full before: the word after the comma is no given name of a reversed name
            int pa = t.tokenStartingAt(p.start());
            return p.type() == EntityType.PERSON && pa >= 0 && t.lastTokenOf(pa, p.end()) > pa
                    && (t.newlineBefore(n) || n >= t.size());
        }
        return false;
    }

    private static EntityType retype(TokenFeatures tf, Finding f, int a, int last) {
        NameTokens t = tf.tokens();
        int e = Places.match(t, a);
        if (f.type() != EntityType.LOCATION && e > 0 && t.end(e - 1) == f.end() && capitalisedOutside(tf, a, e, NOT_A_TOWN)
                && !personCue(tf, a, e)) {
            return EntityType.LOCATION;
        }
        int c = tf.lookup(a);
        if (f.type() == EntityType.LOCATION) {
            // "caseworker Denise (413-555-0122)": a listed name alone, on no place list, a given name
            // or no real town, after no word of place and before no comma ("Quincy, MA"), is the person
            // (Datafaker's invented towns give many given names the CITY class: "Lake Denise")
            int also = (c & Lexicon.FIRST_NAME) != 0 ? NOT_ONLY_A_NAME & ~Lexicon.CITY : NOT_ONLY_A_NAME;
            return last == a && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0 && (c & also) == 0
                    && t.shape(a) == NameTokens.CAPITALIZED && (e < 0 || (c & Lexicon.FIRST_NAME) != 0)
                    && !capitalisedAfter(t, a) && (a + 1 >= t.size() || !t.isPunct(a + 1, ','))
                    && (a == 0 || !t.isWord(a - 1) || !PLACE_BEFORE.contains(t.hash(a - 1))) ? EntityType.PERSON : null;
        }
        if (f.type() != EntityType.ORGANIZATION) {
            return null;
        }
        if (last > a && t.isWord(last) && t.length(last) <= 9 && PLACE_ENDINGS.contains(t.hash(last))
                && !organizationWord(tf, a, last)) {
            return EntityType.LOCATION; // "Davidson County", "Millbrook Falls", "Cleveland Heights"
        }
        if (last > a && last - a <= 2 && fullName(tf, a, last) && !ampersandAround(t, a, last)) {
            return EntityType.PERSON; // "pension of Arthur Hale", "Officer Ramírez observed"
        }
        if (last == a && (c & Lexicon.FIRST_NAME) != 0 && (c & NOT_ONLY_A_NAME) == 0
                && t.shape(a) == NameTokens.CAPITALIZED && !capitalisedAfter(t, a)) {
            return EntityType.PERSON;
        }
        return null;
    }

    /**
     * The token of a care facility's word right after the PERSON or LOCATION finding {@code f} on its line, one
     * space apart and found by nothing else ("chelsea hc", "Hebrew Rehab"), or -1.
     */
    private static int headAfter(NameTokens t, List<Finding> out, int from, Finding f) {
        if (f.type() != EntityType.PERSON && f.type() != EntityType.LOCATION) {
            return -1;
        }
        int h = t.tokenStartingAt(f.end() + 1);
        if (h < 0 || t.newlineBefore(h) || t.text().charAt(f.end()) != ' ' || !t.isWord(h) || t.length(h) > 8
                || !(f.type() == EntityType.PERSON ? FACILITY_HEADS : SHORT_HEADS).contains(t.hash(h))
                || LinePasses.overlapsAny(out, from, t.start(h), t.end(h))) {
            return -1;
        }
        return h;
    }

    /**
     * Whether tokens {@code [a, last]} are a person's name: capitalised words only, the first a
     * listed given name or an honorific, the others listed names, words no list holds or ordinary
     * words capitalised ("Hale"), none on
     * an organization, facility, region or country list ("Arthur Hale", "Officer Ramírez"; not
     * "John Lewis Partnership", "Morgan Stanley Bank"). The CITY class is no evidence against a
     * name here: Datafaker's invented towns hold most surnames ("Port Hale").
     */
    private static boolean fullName(TokenFeatures tf, int a, int last) {
        NameTokens t = tf.tokens();
        int first = tf.lookup(a);
        if ((first & (Lexicon.FIRST_NAME | Lexicon.HONORIFIC)) == 0 && !((first & Lexicon.JOB) != 0 && last > a)) {
            return false;
        }
        for (int k = a; k <= last; k++) {
            int c = tf.lookup(k);
            // a listed name in a hospital's name ("King Arthur Hospital") is still a name
            int against = (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0 ? NOT_A_PERSON & ~Lexicon.HOSPITAL_PART
                    : NOT_A_PERSON;
            if (!t.isWord(k) || t.shape(k) != NameTokens.CAPITALIZED || (c & against) != 0
                    || k > a && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) == 0
                            && (c & ~(Lexicon.COMMON | Lexicon.PROPER)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word of tokens {@code [a, last]} is on the organization word or suffix list ("Valley
     * Bank"), or the tokens read as a firm named after its partners ("and" or a mark inside).
     */
    private static boolean organizationWord(TokenFeatures tf, int a, int last) {
        NameTokens t = tf.tokens();
        for (int k = a; k <= last; k++) {
            // also a firm named after its partners: "Welch, Nicolas and Hills", "Ruecker-Hills"
            if ((tf.lookup(k) & (Lexicon.ORG_WORD | Lexicon.ORG_SUFFIX)) != 0 || !t.isWord(k) || t.is(k, "and")) {
                return true;
            }
        }
        return false;
    }

    /** "Fay Savings & Loan", "Smith & Wesson": a name joined to another by "&" names a firm. */
    private static boolean ampersandAround(NameTokens t, int a, int last) {
        return last + 1 < t.size() && t.isPunct(last + 1, '&') || a >= 1 && t.isPunct(a - 1, '&');
    }

    /** Lists that make a word part of an organization's or a place's name rather than a person's. */
    private static final int NOT_A_PERSON = Lexicon.ORG_WORD | Lexicon.ORG_SUFFIX | Lexicon.FACILITY
            | Lexicon.HOSPITAL_PART | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.NATIONALITY | Lexicon.PLACE_WORD;

    /** Whether every word of tokens {@code [a, e)} is capitalised and on none of the {@code lists}. */
    private static boolean capitalisedOutside(TokenFeatures tf, int a, int e, int lists) {
        NameTokens t = tf.tokens();
        for (int k = a; k < e; k++) {
            if (t.isWord(k) && (t.shape(k) != NameTokens.CAPITALIZED || (tf.lookup(k) & lists) != 0)) {
                return false;
            }
        }
        return true;
    }

    /** An honorific or greeting before, a relative or a person's field label before, a credential after. */
    private static boolean personCue(TokenFeatures tf, int a, int e) {
        NameTokens t = tf.tokens();
        int p = a >= 2 && t.isPunct(a - 1, '.') ? a - 2 : a - 1;
        return FieldLabels.honorificBefore(tf, a) || p >= 0 && t.isWord(p) && GREETINGS.contains(t.hash(p))
                || Relatives.before(tf, a) || FieldLabels.personLabelBefore(tf, a) || FieldLabels.credentialAfter(tf, e);
    }

    /**
     * Whether a capitalised word follows on the same line, one space after ("Hector Plumbing"), or
     * after a comma ("Haley, Schaden and Dare": a firm named after its partners).
     */
    private static boolean capitalisedAfter(NameTokens t, int a) {
        int n = a + 1;
        if (n + 1 < t.size() && t.isPunct(n, ',') && t.start(n) == t.end(a)) {
            n++;
            return !t.newlineBefore(n) && t.isWord(n) && t.shape(n) != NameTokens.LOWER;
        }
        return n < t.size() && !t.newlineBefore(n) && t.start(n) - t.end(a) == 1 && t.isWord(n)
                && t.shape(n) != NameTokens.LOWER;
    }
}
