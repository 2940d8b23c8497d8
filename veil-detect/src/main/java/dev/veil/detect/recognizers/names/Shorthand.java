package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;

/**
 * Shorthand of clinical and technical notes that the tagger may read as a name, place or title.
 * {@link NameSpans} asks {@link #drop} for every span; the answer depends on the span's words and
 * on what kind of text it sits in ({@link #textKind}, computed once per text, and only if asked):
 * <ul>
 *   <li>any text: a word with no vowel ("Sxn'd", "dds"), a short lower-case word in mixed-case
 *       text that is no given name ("tol", "neo", "reg");
 *   <li>text dense with capitals: unknown short words in capitals ("PERRLA", "RISS", "IJ TLC"),
 *       a two-letter "state" that follows no comma ("LS clear", "RA sats");
 *   <li>clinical text (many clinical abbreviations): a span no list of its kind knows any word of
 *       and whose words end like vocabulary, are job words or, in a line in capitals, are short
 *       ("Aspiration precautions", "Chaplain notified", "ADEQ UO"), unless the word before says it
 *       is a person; bedside abbreviations alone ("Tol", "neo").
 * </ul>
 * Allocation-free.
 */
final class Shorthand {
    private Shorthand() {
    }

    /** {@link #textKind} bits: computed; capitals frequent in mixed-case lines; clinical shorthand frequent; some. */
    static final int KNOWN = 1;
    static final int DENSE = 2;
    static final int CLINICAL = 4;
    /**
     * At least two clinical words, too few for {@link #CLINICAL}: a medical letter, a therapy note or
     * a short addendum. Enough to read an organization as a facility (a place), not for the
     * shorthand rules.
     */
    static final int MEDICAL_TEXT = 8;
    /** Words of {@link #MEDICAL_ONLY} from which a text counts as {@link #MEDICAL_TEXT}. */
    private static final int MEDICAL_WORDS = 2;

    /** Lexicon classes that make a word a possible name, place, title or organization. */
    static final int NAME_OR_PLACE = Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
            | Lexicon.COUNTRY | Lexicon.NATIONALITY | Lexicon.BELIEF | Lexicon.ORG_SUFFIX | Lexicon.ORG_WORD
            | Lexicon.FACILITY | Lexicon.PROPER | Lexicon.HONORIFIC | Lexicon.JOB | Lexicon.HOSPITAL_PART;
    /** Lexicon classes that make a word a possible part of a person's name. */
    private static final int PERSON_WORD = Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.HONORIFIC
            | Lexicon.PARTICLE | Lexicon.NAME_SUFFIX;
    /** Capitalised words in mixed-case lines from which a text counts as written in shorthand. */
    private static final int SHORTHAND_CAPITALS = 4;
    /** Clinical abbreviations ("pt", "NPO", "prn") from which a text counts as a clinical note. */
    private static final int CLINICAL_WORDS = 4;
    /**
     * Abbreviations of bedside notes that ordinary, business or technical prose does not use:
     * their frequency tells a clinical note from a bank letter or a form (field labels such as
     * "DOB" or "ID" are not here; they occur in every kind of form).
     */
    private static final WordSet BEDSIDE = WordSet.of("pt", "pts", "hr", "bp", "rr", "sbp", "dbp", "map", "cvp",
            "npo", "prn", "po", "iv", "ivf", "neuro", "resp", "cv", "gi", "gu", "abd", "ls", "bs", "bm", "uo",
            "sats", "nc", "peep", "abg", "cpap", "bipap", "vent", "trach", "ett", "vss",
            "afeb", "afebrile", "mae", "perrl", "perrla", "gtt", "gtts", "hx", "cxr", "ekg", "ecg", "picc", "ngt",
            "ogt", "foley", "abx", "npn", "icu", "micu", "sicu", "ccu", "nicu", "copd", "chf", "htn", "cad", "pna",
            "gerd", "ckd", "esrd", "cabg", "bph", "ards", "nstemi", "stemi", "tavr",
            "uti", "dnr", "dni", "cmo", "hcp", "pcp", "vna", "nsr", "sr", "st", "afib", "pvc", "pvcs", "prbc",
            "ffp", "kcl", "lytes", "wbc", "hct", "hgb", "plt", "inr", "ptt", "bun", "cr", "lasix", "heparin",
            "tylenol", "morphine", "dilaudid", "ativan", "propofol", "levophed", "vanco", "zosyn", "insulin",
            "qd", "bid", "tid", "qid", "cc", "meq", "mcg", "tol", "dsg", "sxn", "oob", "neo", "pca", "echo", "swan",
            "meds", "ostomy", "dc", "na", "prbcs", "ivp", "sq", "hob", "rass", "cath", "tf", "tfs", "fs", "rn", "rrt",
            "md", "np", "lpn", "cna", "licsw", "msw", "crnp", "ocn", "nsicu", "tsicu", "cvicu", "pacu", "ed", "er",
            "ivs", "doe", "ptx", "orif", "biba", "spont", "bicarb", "bronch", "obj", "subj", "pulm", "rec", "recs",
            "tc", "tm", "avr", "mvr", "benzos", "golytely", "duoderm", "neb", "nebs", "tele", "peg", "amts", "amt",
            "eval", "incr", "outpt", "serosang", "anticoag", "tmrw", "ciwa", "tof", "ep", "lg", "sm", "mod", "ok",
            "rehab", "hospice", "snf", "ltach", "dol", "bili", "gavage", "isolette", "brady", "bradys", "desat",
            "desats", "ebm", "ivh", "nnp", "wbat", "nwb", "adl", "adls", "slp", "hh", "ht", "wt", "imm", "occ", "pedi",
            "sz", "periph", "anthro", "cryo", "dtap", "avf", "avl", "hfpef", "hfref", "hib", "adm", "periwound",
            "telehealth", "fn", "cgm", "tir", "oral", "toco", "sb", "svc", "ivc", "mca", "ica", "acomm", "acom",
            "pcomm", "pcom", "lcx", "rca", "dop", "dopp", "cdi", "incl", "quinton", "flowsheet", "repage",
            "repaged", "ij", "tlc", "aline", "cvl", "gout", "menses", "pap", "trab");

    /**
     * Words of medical documents that are not bedside shorthand (letters, reports, portal
     * messages): with the bedside abbreviations they make a text a clinical one.
     */
    private static final WordSet MEDICAL = WordSet.of("patient", "patients", "medication", "medications",
            "diagnosis", "diagnosed", "symptoms", "prescription", "referral", "admitted", "mri", "biopsy",
            "impression", "findings", "infusion", "contrast", "labs", "dose", "tablet", "tablets", "mg", "mcg", "ml",
            "tid", "qhs", "ef", "nyha", "lesion", "lesions", "fracture", "pneumonia", "sepsis", "chemotherapy",
            "diabetes", "hypertension", "surgery", "physician", "radiology", "pathology", "specimen", "prognosis",
            "infant", "newborn", "postpartum", "gestation");

    /**
     * Words of ED notes, consults, op notes and letters that use few bedside abbreviations; they
     * count for {@link #MEDICAL_TEXT} only, not for the bedside shorthand rules of {@link #CLINICAL}.
     */
    private static final WordSet LETTER_WORDS = WordSet.of("eeg", "emg", "ercp", "tte", "tee", "lvad", "dvt", "cva",
            "tia", "gcs", "etoh", "seizure", "seizures", "epilepsy", "intubated", "intubation", "extubated",
            "sedation", "glucose", "dispo", "inpatient", "outpatient", "discharged", "dyspnea", "edema",
            "tachycardia", "bradycardia", "hypotension", "hypotensive", "anemia", "nausea", "vomiting", "incision",
            "sutures", "neurosurgery", "postop", "preop", "mmhg", "rtc", "nursing", "lfts", "lft", "tacrolimus",
            "polyp", "polyps", "adenoma", "carcinoma", "dysplasia", "metastatic", "malignant", "endoscopy",
            "endoscopist", "anesthesia", "cytology", "histology", "radiograph");
    /**
     * Words that only medical writing uses, for {@link #MEDICAL_TEXT}: {@link #MEDICAL} and the
     * bedside abbreviations that no business text shares ("ok", "ed", "dc", "st", "pt" do).
     */
    private static final WordSet MEDICAL_ONLY = WordSet.union(MEDICAL, WordSet.of("npo", "prn", "hx", "pcp",
            "snf", "ltach", "hospice", "rehab", "cxr", "ekg", "picc", "foley", "afib", "copd", "chf", "htn", "dnr",
            "hcp", "icu", "micu", "sicu", "ccu", "nicu", "vna", "wbat", "adl", "adls", "dol", "bili", "meds", "abx",
            "tid", "qid", "mcg", "afebrile", "vss", "lasix", "heparin", "insulin", "cpap", "apnea", "mammogram",
            "colonoscopy", "injection", "injections", "ultrasound", "echocardiogram", "dialysis", "hemodialysis",
            "nsg", "npn", "dx", "wbat", "ortho", "neuro", "cardiology", "oncology"), LETTER_WORDS);
    /** "pt", "Pt": the patient; in capitals "PT" is as often Portugal (an IBAN) or a part-time job. */
    private static final WordSet PATIENT = WordSet.of("pt", "pts");

    /** {@link #BEDSIDE} and {@link #MEDICAL} in one set: {@link #textKind} looks at every word. */
    private static final WordSet KIND_WORDS = WordSet.union(WordSet.union(BEDSIDE, MEDICAL), LETTER_WORDS);

    /** Whether the span {@code [a, b)} of type {@code et} is shorthand; {@code kind} from {@link #textKind}. */
    static boolean drop(TokenFeatures tf, int a, int b, EntityType et, int kind) {
        NameTokens t = tf.tokens();
        if (et != EntityType.ORGANIZATION && (noVowel(t, a, b) || lowerNoName(tf, a, b, et))) {
            return true;
        }
        if ((kind & (DENSE | CLINICAL)) != 0 && CapitalShorthand.capitals(tf, a, b, et)) {
            return true;
        }
        if (b - a == 1 && romanNumeral(t, a)) {
            return true; // "grade III varices", "III/VI murmur"
        }
        // "INTERPRETER SVC CALLED": an abbreviation stays one after a word for a person
        return (kind & CLINICAL) != 0 && (!afterPersonNoun(tf, a) || bedside(t, a, b))
                && (bedside(t, a, b) || unlisted(tf, a, b, et) || et == EntityType.PERSON && wordOpeningASentence(tf, a, b)
                        || et == EntityType.LOCATION && (lowerCaseNoPlace(tf, a, b)
                                || CapitalShorthand.commonNoPlace(tf, a, b) || CapitalShorthand.directionAlone(tf, a, b))
                        || et == EntityType.PERSON && CapitalShorthand.commonNoPerson(tf, a, b));
    }

    /** The kind bits of the text: always {@link #KNOWN}, plus {@link #DENSE} and {@link #CLINICAL} if so. */
    static int textKind(TokenFeatures tf) {
        NameTokens t = tf.tokens();
        int capitals = 0;
        int clinical = 0;
        int medical = 0;
        int words = 0;
        for (int k = 0; k < t.size(); k++) {
            words += t.isWord(k) ? 1 : 0;
            if (t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_MIXED) {
                capitals++;
            }
            if (t.isWord(k) && t.length(k) <= 12 && KIND_WORDS.contains(t.hash(k))) {
                clinical += LETTER_WORDS.contains(t.hash(k)) ? 0 : 1;
                // "pt" for the patient is evidence enough alone: "Pt's wife works for Fidelity"
                medical += MEDICAL_ONLY.contains(t.hash(k)) ? 1
                        : t.shape(k) != NameTokens.UPPER && PATIENT.contains(t.hash(k)) ? MEDICAL_WORDS : 0;
                if (clinical >= CLINICAL_WORDS && capitals >= SHORTHAND_CAPITALS) {
                    break; // both kinds decided
                }
            }
        }
        // a short note counts with fewer abbreviations: two, if they make one word in twenty-five
        boolean clinicalNote = clinical >= CLINICAL_WORDS || clinical >= 2 && clinical * 25 >= words;
        return KNOWN | (capitals >= SHORTHAND_CAPITALS ? DENSE : 0) | (clinicalNote ? CLINICAL : 0)
                | (medical >= MEDICAL_WORDS ? MEDICAL_TEXT : 0);
    }

    /**
     * Endings of English and clinical vocabulary that names (of people) do not have: nouns and
     * adjectives ("Aspiration", "Expressive", "Referrals", "Rectal", "Seizure", "Incontinent"),
     * participles ("Hydrating", "Ionized", "Rewarmed"),
     * disease and procedure words ("Paracentesis", "Orthopnea", "Neutropenic") and drug stems
     * ("Esmolol", "Octreotide", "Lisinopril", "Fluticasone", "Cefpodoxime", "Enoxaparin"), anatomy
     * ("Hepatic", "Coronary", "Bibasilar", "Cardiomediastinal"), adverbs ("Renally", "Intermittently")
 * and a few more ("Creatinine", "Orthopneic", "Bedbound", "Hypoxemic", "Insulin").
     * Not "-ic" or "-es" alone: Slavic and Spanish surnames end so ("Petrovic", "Torres").
     */
    private static final String[] VOCABULARY_ENDINGS = {"tion", "sion", "ment", "ness", "ity", "ive", "ous", "ent",
        "al", "ed", "ure",
        "ing", "ized", "ated", "esis", "able", "ible", "ical", "ular", "ents", "ants", "als", "ors", "osis", "itis", "emia",
        "ectomy", "otomy", "ostomy", "plasty", "scopy", "centesis", "penic", "penia", "pnea", "algia", "pathy",
        "ology", "graphy", "olol", "pril", "sartan", "statin", "mycin", "cillin", "azole", "otide", "amine", "asone",
        "oxime", "olone", "idine", "azine", "ipine", "epam", "olam", "ally", "ntly", "ously", "ively", "atic", "rtic",
        "amic", "apnic", "etic", "otic", "ogic", "iac", "ary", "iasis", "parin", "ities", "ences", "ances", "ular",
        "inal", "ial", "ilar", "ory", "ics", "scopic", "thoracic", "ium", "mab", "tinib", "afil", "oxacin", "cycline",
        "vir", "prazole", "tidine", "dronate", "gliptin", "gliflozin", "platin", "rubicin", "taxel", "terol",
        "lukast", "setron", "triptyline", "zepam", "zolam", "codone", "morphone", "caine", "curium", "thiazide",
        "semide", "actone", "inine", "pneic", "bound", "emic", "ulin", "uria"};
    /** Shortest word whose ending is read as vocabulary ("Xing" and "Ming" are names). */
    private static final int VOCABULARY_MIN = 6;

    /**
     * "Aspiration precautions", "Hydrating w/ NS", "Chaplain notified", "after diverticulitis": in
     * a clinical note, a person (a place) whose every word is on no given-name, surname, honorific
     * or particle list (no name or place list) and either is a job word or ends like vocabulary
     * ({@link #VOCABULARY_ENDINGS}) is no person (place). Other unknown words are kept: a name
     * missing from the lists must not leak.
     */
    private static boolean unlisted(TokenFeatures tf, int a, int b, EntityType et) {
        NameTokens t = tf.tokens();
        int listed = switch (et) {
            case PERSON -> PERSON_WORD;
            case NRP -> Lexicon.NATIONALITY | Lexicon.BELIEF | Lexicon.COUNTRY;
            case TITLE -> Lexicon.JOB | Lexicon.HONORIFIC;
            default -> NAME_OR_PLACE & ~Lexicon.JOB;
        };
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            int c = tf.lookup(k);
            // a report in capitals ("NO INTRAVENTRICULAR HEMORRHAGE", "ADEQ UO"): short unknown words
            // are abbreviations there too
            boolean shortCapital = t.mode(k) == NameTokens.MODE_UPPER && t.length(k) <= 5;
            if ((c & listed) != 0 || t.nonAscii(k)
                    || (c & Lexicon.JOB) == 0 && !shortCapital && !vocabularyEnding(t, k)) {
                return false;
            }
        }
        return true;
    }

    static boolean vocabularyEnding(NameTokens t, int k) {
        int len = t.length(k);
        if (len < VOCABULARY_MIN) {
            return false;
        }
        int end = t.end(k);
        outer:
        for (String e : VOCABULARY_ENDINGS) {
            int n = e.length();
            if (n >= len) {
                continue;
            }
            for (int p = 0; p < n; p++) {
                if (Character.toLowerCase(t.charAt(end - n + p)) != e.charAt(p)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * "Tol sips", "neo gtt", "Echo w/ mild RV strain", "hr 90-100 st": in a clinical note a span
     * made only of bedside abbreviations (and lone letters) is the abbreviation, even where a name
     * list also has the word ("Tol", "Neo", "Echo" are surnames somewhere).
     */
    static boolean bedside(NameTokens t, int a, int b) {
        boolean any = false;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k) || t.length(k) == 1) {
                continue;
            }
            if (t.length(k) > 9 || !BEDSIDE.contains(t.hash(k))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * "Acute on chronic...", "Small hematoma", "Daily weights", "States pt has...": in a clinical
     * note, an ordinary word opening a sentence before a lower-case word is the word even when a
     * surname list has it; a person opening a sentence there is a given name or "Mr. X".
     */
    private static boolean wordOpeningASentence(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (b - a != 1 || !tf.sentenceInitial(a) || a + 1 >= t.size() || !t.isWord(a + 1)
                || t.shape(a + 1) != NameTokens.LOWER || t.newlineBefore(a + 1)) {
            return false;
        }
        int c = tf.lookup(a);
        return (c & Lexicon.COMMON) != 0 && (c & Lexicon.FIRST_NAME) == 0;
    }

    /**
     * "extubate tmrw", "serosang", "tol ok": in a clinical note a place written in lower case none
     * of whose words a place list holds, and not after "in", "at", "from", "to" ("lives in
     * braintree"), is a word of the note.
     */
    private static boolean lowerCaseNoPlace(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (a > 0 && t.isWord(a - 1)) {
            for (String p : PLACE_PREPOSITIONS) {
                if (t.is(a - 1, p)) {
                    return false; // "lives in braintree", "works in malden": unlisted towns stay
                }
            }
        }
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            if (t.shape(k) != NameTokens.LOWER || (tf.lookup(k) & PLACE_WORDS) != 0) {
                return false;
            }
        }
        return true;
    }

    /** "II", "III", "IV", "VI": a Roman numeral alone (grades, murmurs, cranial nerves). */
    static boolean romanNumeral(NameTokens t, int k) {
        if (!t.isWord(k) || t.shape(k) != NameTokens.UPPER || t.length(k) > 4) {
            return false;
        }
        for (int p = t.start(k); p < t.end(k); p++) {
            char c = t.charAt(p);
            if (c != 'I' && c != 'V' && c != 'X') {
                return false;
            }
        }
        return true;
    }

    private static final String[] PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near", "of"};

    static final int PLACE_WORDS = Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.FACILITY
            | Lexicon.HOSPITAL_PART | Lexicon.PLACE_WORD;

    /** Whether word token {@code k} is a bedside abbreviation ("pt", "NPO", "ED"). */
    static boolean bedsideWord(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 9 && BEDSIDE.contains(t.hash(k));
    }

    /** "wife Xyla", "daughter, Xyla": the word before the span (a comma between allowed) names a person. */
    private static boolean afterPersonNoun(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        int j = a - 1;
        if (j >= 0 && t.isPunct(j, ',')) {
            j--;
        }
        return j >= 0 && t.isWord(j) && (tf.lookup(j) & Lexicon.PERSON_NOUN) != 0;
    }

    /**
     * "tol clears", "neo gtt", "tol reg diet": short lower-case words in mixed-case text are a
     * name only if a list of that kind of name has one of them: a given name or a word of one for a
     * person ("thanks bob", "mrs"), a place for a place, a job for a title; a surname or place list
     * merely having "tol" or "neo" is not enough.
     */
    private static boolean lowerNoName(TokenFeatures tf, int a, int b, EntityType et) {
        NameTokens t = tf.tokens();
        int listed = switch (et) {
            case LOCATION -> Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY;
            case TITLE -> Lexicon.JOB;
            case NRP -> Lexicon.NATIONALITY | Lexicon.BELIEF;
            default -> Lexicon.FIRST_NAME | Lexicon.HONORIFIC | Lexicon.PARTICLE;
        };
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            if (t.mode(k) != NameTokens.MODE_MIXED || t.shape(k) != NameTokens.LOWER
                    || t.length(k) > TokenFeatures.LOOKUP_MAX_LOWER || (tf.lookup(k) & listed) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Sxn'd", "mgmt": one ASCII word of three or more letters, not in capitals, with no vowel is
     * an abbreviation, in any text, not a person, place or title (organizations are often named so:
     * "Kpmg", "HXG").
     */
    private static boolean noVowel(NameTokens t, int a, int b) {
        if (b - a != 1 || !t.isWord(a) || t.nonAscii(a) || t.length(a) < 3 || t.shape(a) == NameTokens.UPPER) {
            return false;
        }
        for (int p = t.start(a); p < t.end(a); p++) {
            switch (Character.toLowerCase(t.charAt(p))) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
