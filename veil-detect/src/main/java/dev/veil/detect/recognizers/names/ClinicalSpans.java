package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;

/**
 * Span rules for medical text, asked by {@link NameSpans} for every span after its trims. They
 * follow the clinical de-identification convention (names without titles, hospitals and other
 * facilities as places, no job titles) and keep eponyms out:
 * <ul>
 *   <li>any text: a name followed by a medical noun is an eponym ("Parkinson's disease", "Whipple
 *       procedure", "Swan-Ganz catheter", "San Francisco Syncope Rule"), not a person or place; a
 *       dotted credential alone ("M.D.") is no name; a name followed by a facility word is the
 *       facility ("Barbara McInnis House", "John Adams Nursing Home");
 *   <li>clinical text ({@link Shorthand#CLINICAL}): eponyms the notes use alone ("s/p Whipple",
 *       "Foley", "Hodgkin"); a classification ending in a Roman numeral ("NYHA III", "Garden IV");
 *       a title or specialty ("Service: MEDICINE", "Cardiologist"); a person's honorific or role
 *       before the name is trimmed ("Dr. Hsu" gives "Hsu", "RN Joy" gives "Joy"); a lone given
 *       name right after "in" is a town ("lives in Quincy").
 * </ul>
 * Names that a title, a relative or a person's field label introduces are never eponyms ("Dr.
 * Foley"). Matched by token hash; allocation-free except for the rare dotted span.
 */
final class ClinicalSpans {
    private ClinicalSpans() {
    }

    /** A span being decided: tokens {@code [a, b)} and its type. One per {@link NameSpans#emit} call. */
    static final class Span {
        int a;
        int b;
        EntityType type;
        /** Set when a title or role before the name was trimmed: a person's name, whatever the word. */
        boolean titled;
        /** Set when the span was found to name a facility: no later rule makes it a person. */
        boolean facility;

        Span set(int a, int b, EntityType type) {
            this.a = a;
            this.b = b;
            this.type = type;
            this.titled = false;
            this.facility = false;
            return this;
        }
    }

    /** Nouns that make the name right before them an eponym: "Whipple procedure", "Swan-Ganz catheter". */
    private static final WordSet EPONYM_HEADS = WordSet.of("disease", "diseases", "syndrome", "palsy",
            "lymphoma", "tumor", "tumour", "procedure", "maneuver", "manoeuvre", "fundoplication", "esophagus",
            "pouch", "sign", "signs", "test", "score", "scale", "stage", "staging", "criteria", "classification",
            "index", "rule", "rules", "guidelines", "catheter", "catheters", "thyroiditis", "category",
            "phenomenon", "reflex", "ulcer", "ulcers", "fracture", "hernia", "node", "nodes", "cells", "protocol",
            "fistula", "operation", "repair", "incision", "triad", "disorder", "encephalopathy", "dystrophy",
            "anemia", "anaemia", "ataxia", "chorea", "sarcoma", "contracture", "deformity", "diverticulum", "duct",
            "ligament", "tube", "tubes", "drain", "drains", "lactate", "valve", "shunt", "stockings", "collar",
            "dressing", "wrap", "colitis", "pattern", "signs", "grade", "point", "maneuvers", "traction", "ring",
            "balance", "croup", "micrographic", "position", "mattress", "boot", "boots", "biplane", "nomogram");
    /**
     * Nouns that make a name with "'s" before them an eponym ("Crohn's disease", "Bell's palsy");
     * not "Mary's test", "Maria's stockings".
     */
    private static final WordSet POSSESSIVE_HEADS = WordSet.of("disease", "diseases", "syndrome", "palsy",
            "lymphoma", "tumor", "tumour", "procedure", "maneuver", "esophagus", "pouch", "sign", "phenomenon",
            "ulcer", "fracture", "hernia", "node", "triad", "disorder", "encephalopathy", "dystrophy", "anemia",
            "ataxia", "chorea", "sarcoma", "contracture", "deformity", "diverticulum", "fistula", "thyroiditis",
            "criteria", "classification", "operation", "incision", "solution", "lactate", "traction", "ring");
    /** Eponyms and named devices that clinical notes write alone ("s/p Whipple", "Foley d/c'd"). */
    private static final WordSet EPONYMS = WordSet.of("parkinson", "parkinsons", "alzheimer", "alzheimers",
            "crohn", "crohns", "cushing", "cushings", "addison", "addisons", "hodgkin", "hodgkins", "whipple",
            "nissen", "wilms", "barrett", "barretts", "hashimoto", "graves", "lewy", "foley", "swan", "ganz",
            "doppler", "kocher", "glasgow", "apgar", "babinski", "kussmaul", "cheyne", "korotkoff", "guillain",
            "barre", "kaposi", "hartmann", "hartmanns", "billroth", "roux", "gleason", "breslow", "ranson", "killip",
            "mallampati", "braden", "karnofsky", "holter", "dobhoff", "hickman", "broviac", "groshong", "quinton",
            "yankauer", "penrose", "trendelenburg", "valsalva", "heimlich", "romberg", "homans", "mcburney",
            "rovsing", "brudzinski", "kernig", "toldt", "morison", "treitz", "hinchey", "deauville", "demeester",
            "modic", "yahr", "hoehn", "lyme", "bells", "sternberg", "ringer", "ringers", "tinel", "phalen",
            "lachman", "mcmurray", "finkelstein", "wernicke", "korsakoff", "marfan", "raynaud", "sjogren", "wegener",
            "behcet", "kawasaki", "takayasu", "burkitt", "waldenstrom", "hirschsprung", "meckel", "zenker",
            "boerhaave", "chiari", "tourette", "bence", "epley", "hallpike", "coban", "unna", "xeroform", "bair",
            "hugger", "pleurevac", "ambu", "venti", "mepilex", "allevyn", "zio", "medex", "kerlix", "steri", "rinne",
            "tinetti", "schatzki", "mohs", "westley", "roho", "duoneb", "duonebs", "lifevest", "carevue", "lokelma",
            "integrilin", "integrillin", "angioseal", "impella", "vapotherm", "optiflow", "bipap", "cpap", "ortolani",
            "moro", "hasson", "permacath", "kerley", "tachycardic", "barthel", "goldmann", "apfel", "semmes",
            "iolmaster", "optiflux", "inogen", "dermoscopy", "mallampati", "brunnstrom", "epworth", "kellgren",
            "trileaflet", "bileaflet", "rumack", "theraband", "biopatch", "insightrx", "vaseline", "conus", "gram",
            "hoyer", "cockcroft", "quincke", "nikolsky", "auspitz", "brudzinski");
    /** Words that end a facility's name: "House", "Nursing Home", "Manor", "Rehab". */
    private static final WordSet FACILITY_HEADS = WordSet.of("house", "home", "manor", "center", "centre",
            "hospital", "rehab", "rehabilitation", "clinic", "church", "institute", "deaconess", "hospice",
            "lodge", "residence", "pavilion", "shelter", "inn", "infirmary", "sanatorium", "asylum", "ems");
    /** Facility words that are no surname, so that a span ending in one is the facility. */
    private static final WordSet FACILITY_LAST = WordSet.of("deaconess", "hospital", "clinic", "manor", "rehab",
            "hospice", "infirmary", "institute", "center", "centre", "ems");
    /** Words that open the name of a house of worship or a congregation. */
    private static final WordSet FACILITY_FIRST = WordSet.of("temple", "congregation", "synagogue", "mosque",
            "parish", "cathedral", "basilica", "shul");
    /** Words inside a facility's name before its last word: "Nursing and Rehabilitation Center". */
    private static final WordSet FACILITY_INNER = WordSet.of("nursing", "health", "care", "medical", "and",
            "rehabilitation", "rehab", "living", "assisted", "senior", "memorial", "community", "extended", "grove",
            "park", "hill", "hills", "valley", "village", "garden", "gardens", "view", "point", "pines", "oaks",
            "meadows", "brook", "river", "lake", "harbor", "heights", "ridge", "woods", "crest", "haven", "glen");
    /** Roles written before a clinician's name in notes: "RN Joy", "SW Lane", "Chaplain Hope". */
    private static final WordSet ROLES = WordSet.of("rn", "sw", "cm", "np", "pa", "rrt", "md", "chaplain",
            "rabbi", "fr", "pastor", "rev", "imam", "sr", "attending", "resident", "fellow", "intern", "lpn", "pct",
            "trooper", "officer", "sgt", "detective", "interpreter", "sitter");
    /** Dotted credentials, letters only: "M.D.", "R.N.", "Ph.D.". */
    private static final java.util.Set<String> DOTTED_CREDENTIALS = java.util.Set.of("md", "do", "rn", "np",
            "pa", "phd", "dds", "dmd", "lpn", "msw", "mdiv", "pharmd", "dpm", "od", "facs", "facp", "frcs", "mph");

    /**
     * Decides the span {@code s}, which may be narrowed, widened or retyped; false drops it.
     * {@code kind} is the text's {@link Shorthand#textKind}.
     */
    static boolean keep(TokenFeatures tf, Span s, int kind) {
        NameTokens t = tf.tokens();
        while (s.b - s.a >= 2 && Relatives.functionWord(t, s.a)) {
            s.a++; // "from temple emanuel": a preposition opens no name of any kind
        }
        if (s.b - s.a <= 4 && dottedCredential(t, s.a, s.b)) {
            return false; // "Gallagher, M.D.": the tagger may read the credential's letters as a name
        }
        boolean clinical = (kind & Shorthand.CLINICAL) != 0;
        if ((eponymHeadAfter(t, s.b) || clinical && allEponyms(t, s.a, s.b)
                || (s.b - s.a >= 3 || clinical && s.b - s.a == 2)
                        && (clinical || s.type != EntityType.ORGANIZATION) && eponymHeadAfter(t, s.b - 1))
                && !introduced(tf, s.a) && !FieldLabels.credentialAfter(tf, s.b)) {
            return false; // "Crohn's disease", "s/p Whipple"; not "Dr. Foley", "Allen, MD"
        }
        int a0 = s.a;
        if (s.b - s.a >= 3 && role(tf, s.a)) {
            s.a += s.a + 1 < s.b && t.isPunct(s.a + 1, '.') ? 2 : 1; // "Rabbi from temple emanuel"
            while (s.b - s.a >= 2 && Relatives.functionWord(t, s.a)) {
                s.a++;
            }
        }
        if (s.b - s.a >= 2 && t.isWord(s.a) && t.length(s.a) <= 12
                && FACILITY_FIRST.contains(t.hash(s.a))) {
            s.type = clinical ? EntityType.LOCATION : EntityType.ORGANIZATION; // "temple emanuel", "Parish of St. Anne"
            s.facility = true;
            return true;
        }
        s.a = a0;
        if (s.type != EntityType.LOCATION && facilityAfter(t, s)) {
            s.type = clinical ? EntityType.LOCATION : EntityType.ORGANIZATION;
            s.facility = true;
            return true;
        }
        if (!clinical) {
            return true;
        }
        if (s.type == EntityType.TITLE || bedsideWords(tf, s.a, s.b)
                        && !(Relatives.before(tf, s.a) && (tf.lookup(s.a) & Lexicon.FIRST_NAME) != 0)
                || acronymPlural(t, s) || s.b - s.a == 1 && t.length(s.a) <= 14
                        && FACILITY_LAST.contains(t.hash(s.a))
                || s.b - s.a == 2 && t.length(s.b - 1) >= 2 && Shorthand.romanNumeral(t, s.b - 1)
                        && (tf.lookup(s.a) & Lexicon.FIRST_NAME) == 0) {
            return false; // "Service: MEDICINE", "Cardiologist", "NYHA III", "Grade II", "Wt", "SMALL AMT"
        }
        if ((s.type == EntityType.PERSON || role(tf, s.a) || s.a >= 1 && role(tf, s.a - 1)) && !facilityLast(t, s)) {
            trimRoles(tf, s);
            if (s.a >= s.b) {
                return false;
            }
        }
        if (s.type == EntityType.PERSON && s.b - s.a <= 3 && placePreposition(t, s.a - 1)
                && !t.newlineBefore(s.a) && !possessive(t, s.b)) {
            s.type = EntityType.LOCATION; // "lives in Quincy", "stationed in germany": a given name there is a town
        }
        return true;
    }

    /** "AEDs", "NSAIDs", "PVCs": an abbreviation in capitals with a plural "s", alone. */
    private static boolean acronymPlural(NameTokens t, Span s) {
        if (s.b - s.a != 1 || t.shape(s.a) != NameTokens.MIXED || t.length(s.a) < 3 || t.length(s.a) > 8) {
            return false;
        }
        int end = t.end(s.a);
        if (t.charAt(end - 1) != 's') {
            return false;
        }
        for (int p = t.start(s.a); p < end - 1; p++) {
            if (!Character.isUpperCase(t.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    /** "Dr John Warner Hospital", "Lady of the Sea General Hospital": a facility named after a person. */
    private static boolean facilityLast(NameTokens t, Span s) {
        int last = s.b - 1;
        return s.b - s.a >= 2 && t.isWord(last) && t.length(last) <= 14
                && FACILITY_LAST.contains(t.hash(last));
    }

    /** "in", or "from" after a word of moving ("in from", "transferred from"; not "call from Mary"). */
    private static boolean placePreposition(NameTokens t, int k) {
        if (k < 0 || !t.isWord(k)) {
            return false;
        }
        if (t.is(k, "in")) {
            return true;
        }
        return k >= 1 && t.is(k, "from") && t.isWord(k - 1) && t.length(k - 1) <= 12
                && MOVING.contains(t.hash(k - 1));
    }

    /**
     * Words of moving before "from". Stricter than {@link Places}'s list ("is from", "back to"): here
     * any word the tagger read as a person becomes a town, there only a listed place name does.
     */
    private static final WordSet MOVING = WordSet.of("in", "transferred", "transfer", "moved", "came", "arrived",
            "visiting", "flew", "drove", "relocated", "emigrated", "immigrated", "up", "down", "over", "home", "back");

    /**
     * "Wt", "Dilt", "ASTERIXIS", "SMALL AMT", "OSH RECORDS": bedside words, alone or with ordinary
     * words that no name or place list holds. A bedside word that is also a name counts only when
     * not capitalised in mixed-case text ("Peg" and "Walker" are names, "PEG" and "walker" are not).
     */
    private static boolean bedsideWords(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        boolean bedside = false;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            int c = tf.lookup(k);
            if (ClinicalWords.bedsideTerm(t, k) && !((c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0
                    && t.shape(k) == NameTokens.CAPITALIZED && t.mode(k) == NameTokens.MODE_MIXED)) {
                bedside = true;
            } else if (b - a == 1 || (c & (Lexicon.COMMON | Lexicon.STOP | Lexicon.CLINICAL)) == 0
                    || (c & NAME_OR_PLACE) != 0) {
                return false;
            }
        }
        return bedside;
    }

    /** Lexicon classes that make a word a possible name or place. */
    private static final int NAME_OR_PLACE = Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
            | Lexicon.COUNTRY | Lexicon.FACILITY | Lexicon.HOSPITAL_PART | Lexicon.ORG_WORD | Lexicon.PROPER
            | Lexicon.PLACE_WORD | Lexicon.NATIONALITY;

    /** "Dr. Hsu" gives "Hsu", "RN Joy" gives "Joy", "Pastor Rev. Brown" gives "Brown". */
    private static void trimRoles(TokenFeatures tf, Span s) {
        NameTokens t = tf.tokens();
        boolean trimmed = false;
        while (role(tf, s.a)) {
            int next = s.a + (s.a + 1 < s.b && t.isPunct(s.a + 1, '.') ? 2 : 1);
            if (next >= s.b || !t.isWord(next)) {
                break;
            }
            s.a = next;
            trimmed = true;
        }
        if (trimmed) {
            s.type = EntityType.PERSON;
            s.titled = true;
        } else if (s.a >= 1 && !t.newlineBefore(s.a) && (role(tf, s.a - 1) && !hyphenated(t, s.a - 1)
                || s.a >= 2 && t.isPunct(s.a - 1, '.') && !t.newlineBefore(s.a - 1) && role(tf, s.a - 2))) {
            s.type = EntityType.PERSON; // "SW PATRICIA CHURCH", "Dr. Hall": the role is outside the span
            s.titled = true;
        }
    }

    /** "near-miss incident": a word joined to the one before by a hyphen is no title. */
    private static boolean hyphenated(NameTokens t, int k) {
        return k >= 2 && t.isPunct(k - 1, '-') && !t.spaceBefore(k) && !t.spaceBefore(k - 1);
    }

    private static boolean role(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        return t.isWord(k) && ((tf.classes(k) & Lexicon.HONORIFIC) != 0
                || t.length(k) <= 8 && ROLES.contains(t.hash(k))
                || Relatives.relative(t, k) && !t.is(k, "rn")); // "DAUGHTERS FERNANDA"
    }

    /** A title, a relative or a person's field label right before the span makes it a person's name. */
    private static boolean introduced(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        if (role(tf, a)) {
            return true;
        }
        int j = a - 1;
        if (j >= 0 && t.isPunct(j, '.')) {
            j--;
        }
        return j >= 0 && !t.newlineBefore(a) && role(tf, j) || Relatives.before(tf, a)
                || FieldLabels.personLabelBefore(tf, a);
    }

    /** Token {@code b} (after an optional "'s") is a medical noun on the same line: "Crohn's disease". */
    private static boolean eponymHeadAfter(NameTokens t, int b) {
        boolean possessive = possessive(t, b);
        int k = possessive ? b + 2 : b;
        return k < t.size() && t.isWord(k) && !t.newlineBefore(k) && t.length(k) <= 16
                && (possessive ? POSSESSIVE_HEADS : EPONYM_HEADS).contains(t.hash(k));
    }

    /** Every word of the span is an eponym ("Whipple", "Swan-Ganz", "Hoehn"). */
    private static boolean allEponyms(NameTokens t, int a, int b) {
        boolean any = false;
        for (int k = a; k < b; k++) {
            if (t.isWord(k)) {
                if (t.length(k) > 12 || !EPONYMS.contains(t.hash(k))) {
                    return false;
                }
                any = true;
            } else if (!t.isPunct(k, '-')) {
                return false;
            }
        }
        return any;
    }

    /**
     * "Barbara McInnis House", "John Adams Nursing Home", "EVERETT HEALTH AND REHAB": a facility
     * word (after words of a facility's name) right after the span, on its line and in its case:
     * the span grows to cover it.
     */
    private static boolean facilityAfter(NameTokens t, Span s) {
        int last = s.b - 1;
        int shape = t.shape(last) == NameTokens.MIXED ? NameTokens.CAPITALIZED : t.shape(last); // "McInnis"
        if (shape != NameTokens.CAPITALIZED && shape != NameTokens.UPPER) {
            return false;
        }
        if (s.b - s.a >= 2 && t.length(last) <= 14 && FACILITY_LAST.contains(t.hash(last))) {
            return true; // "Beth Israel Deaconess", "Milford Hospital" read as a person
        }
        for (int k = s.b; k < t.size() && k < s.b + 4; k++) {
            if (!t.isWord(k) || !t.spaceBefore(k) || t.newlineBefore(k)
                    || t.shape(k) != shape && !(t.is(k, "and") && shape == NameTokens.CAPITALIZED)) {
                return false;
            }
            if (t.length(k) <= 14 && FACILITY_HEADS.contains(t.hash(k))
                    && !(t.is(k, "home") && k == s.b && shape == NameTokens.CAPITALIZED && lowerAfter(t, k))) {
                s.b = k + 1;
                return true;
            }
            if (t.length(k) > 14 || !FACILITY_INNER.contains(t.hash(k))) {
                return false;
            }
        }
        return false;
    }

    /** "Mary Home today"? No: a capitalised "Home" followed by a lower-case word may open a sentence. */
    private static boolean lowerAfter(NameTokens t, int k) {
        return k + 1 < t.size() && t.isWord(k + 1) && t.shape(k + 1) == NameTokens.LOWER && !t.newlineBefore(k + 1);
    }

    private static boolean possessive(NameTokens t, int k) {
        return k + 1 < t.size() && (t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) && !t.spaceBefore(k)
                && t.is(k + 1, "s") && !t.spaceBefore(k + 1);
    }

    /**
     * "M.D.", ".D.", "Ph.D.": the span, widened to the letters and periods glued to it, is a
     * credential written with periods.
     */
    private static boolean dottedCredential(NameTokens t, int a, int b) {
        int from = t.start(a);
        int to = t.end(b - 1);
        String text = t.text();
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '.')) {
            to++;
        }
        if (to - from > 8 || text.indexOf('.', from) < 0 || text.indexOf('.', from) >= to) {
            return false;
        }
        StringBuilder letters = new StringBuilder(6);
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c != '.') {
                letters.append(Character.toLowerCase(c));
            }
        }
        return DOTTED_CREDENTIALS.contains(letters.toString());
    }
}
