package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;

/**
 * Shapes of medical vocabulary that the tagger reads as names in medical text, asked by
 * {@link NameSpans} before it reports a span:
 * <ul>
 *   <li>a diagnosis, anatomy or test written in title case ("Multiple Sclerosis", "Right Coronary
 *       Artery", "Transthoracic Echocardiogram", "Zarit Burden Interview"): its last word is a
 *       medical noun (by suffix: -itis, -osis, -ectomy, ...; or listed) and no word of it names a
 *       facility or company ("Arthritis Center" stays);
 *   <li>a word measured or dosed ("Creat 1.4", "PAP 40/22", "Feosol 325 mg", "Alimta
 *       (pemetrexed)", "Ertapenem (Invanz) 1 g"): a word no name or place list holds, right before
 *       a measurement or a generic name in brackets, or a drug and its brand before a dose;
 *   <li>a title-case phrase of ordinary words only ("Urinary Tract Infection", "Left Knee"), a
 *       department named by generic words ("Internal Medicine", "Behavioral Health"), a brand in
 *       brackets after a generic drug name ("Albuterol (ProAir HFA)");
 *   <li>a unit after a number ("MCV 71 fL", "12 mV");
 *   <li>a span cut out of a longer word ("HbA1c", "KRAS G12C"): names do not run into letters or
 *       digits;
 *   <li>and, asked of {@link SpanShapes} and {@link LowerCaseSpans}: abbreviations without vowels
 *       ("FSBG"), a letter opening a list item ("B. Lymph nodes"), words whose case rules out a
 *       name ("before conception", "long day for pt").
 * </ul>
 * Allocation-free; words are matched by token hash and suffixes on the text's chars.
 */
final class MedicalTerms {
    private MedicalTerms() {
    }

    /** Suffixes of medical nouns, checked on words of at least {@link #MIN_SUFFIXED} letters. */
    private static final String[] SUFFIXES = {"itis", "osis", "iasis", "ectomy", "otomy", "ostomy", "plasty",
        "scopy", "algia", "plegia", "paresis", "trophy", "penia", "megaly", "ectasis", "emia", "aemia", "pathy",
        "carcinoma", "blastoma", "cytoma", "sarcoma", "ogram", "ography", "uria"};
    private static final int MIN_SUFFIXED = 6;
    /** Words that end in a suffix above and are no medical noun. */
    private static final WordSet NOT_MEDICAL = WordSet.of("program", "programs", "telegram", "instagram",
            "photography", "geography", "biography", "choreography", "cinematography", "calligraphy",
            "bohemia", "academia", "empathy", "sympathy", "apathy", "trophy", "diagnosis");
    /** Medical head nouns without a telling suffix. */
    private static final WordSet HEADS = WordSet.of("artery", "arteries", "vein", "veins", "lobe", "lobes",
            "apnea", "apnoea", "cancer", "cancers", "carcinoma", "melanoma", "lymphoma", "leukemia", "myeloma",
            "adenoma", "glioma", "lipoma", "hematoma", "glaucoma", "granuloma", "neuroma", "infarction",
            "failure", "insufficiency", "fibrillation", "flutter", "epilepsy", "syndrome", "disorder", "disorders",
            "mellitus", "erythematosus", "screen", "interview", "inventory", "questionnaire", "pneumonia",
            "embolism", "aneurysm", "hypertension", "hypotension", "diabetes", "asthma", "neoplasm", "lesion",
            "nodule", "effusion", "stenosis", "regurgitation", "ventricle", "atrium", "aorta", "valve", "situ",
            "dysplasia", "hyperplasia", "thrombus", "occlusion", "echocardiogram", "mammogram", "angiogram",
            "tomosynthesis", "ultrasound", "biopsy", "dementia", "delirium", "psychosis", "schizophrenia",
            "dysfunction", "infection", "injury", "depression", "meniscus", "spine", "tear", "reconstruction",
            "autograft", "strain", "stroke", "hemorrhage", "haemorrhage", "amputation", "gangrene", "fracture",
            "fractures", "tremor", "involvement", "aphasia", "dysphagia", "replacement", "extremity", "disease",
            "diseases", "ligament", "tendon", "deficiency", "exacerbation", "sepsis", "arrhythmia", "tachycardia",
            "bradycardia", "seizures", "migraine", "paralysis", "prolapse", "polyp", "polyps", "cyst", "abscess",
            "obstruction", "perforation", "herpetiformis", "edema", "oedema", "embolus", "thrombosis");
    /** Words after a number that make it a measurement or dose. */
    private static final WordSet UNITS = WordSet.of("mg", "mcg", "g", "kg", "ml", "l", "units", "unit", "meq",
            "mmol", "mmhg", "mm", "cm", "bpm", "iu", "puffs", "tab", "tabs", "tablet", "tablets", "caps", "dl", "ng");

    /** Whether word token {@code k} is a unit of measure or dose ("mg", "dl", "mcg"). */
    static boolean unit(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 7 && UNITS.contains(t.hash(k));
    }

    /**
     * Whether the span of tokens {@code [a, b)} of type {@code type}, in a text of kind {@code kind}
     * ({@link Shorthand#textKind}), is medical vocabulary by one of the shapes above.
     */
    static boolean drop(TokenFeatures tf, int a, int b, EntityType type, int kind) {
        if ((kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) == 0 || a >= b) {
            return false;
        }
        NameTokens t = tf.tokens();
        if ((type != EntityType.PERSON || !listedName(tf, a, b)) && diagnosisPhrase(tf, a, b)) {
            return true; // "Multiple Sclerosis", and "Enterography" read as a person
        }
        if (type != EntityType.PERSON && b - a == 1 && t.length(a) <= 3 && t.shape(a) != NameTokens.LOWER
                && (labValueAfter(t, a) || loneStateCode(tf, a))) {
            return true; // "Ca 8.4", "Mg 2.1": a lab; "PRIMARY LUNG CA,": cancer, not California
        }
        if (drugOrTestWord(tf, a, b)) {
            return true; // "Varenicline", "Tympanometry", "Photophobic" read as names
        }
        boolean generic = type != EntityType.PERSON && type != EntityType.NRP
                && !workplaceBefore(t, a);
        if (generic && (ordinaryWords(tf, a, b) || department(tf, a, b))) {
            return true; // "Urinary Tract Infection", "Left Knee"; "Internal Medicine", "Behavioral Health"
        }
        if (type != EntityType.PERSON && brandInBrackets(tf, a, b)) {
            return true; // "Albuterol (ProAir HFA)"
        }
        if ((type == EntityType.LOCATION || type == EntityType.ORGANIZATION)
                && LowerCaseSpans.unlistedPlace(tf, a, b)) {
            return true; // "metastatic cancer to bone": a place typed in lower case is a listed town
        }
        if (type == EntityType.PERSON && LowerCaseSpans.afterPlainWord(tf, a, b)) {
            return true; // "right temple", "5 mm pearly papule": words a name list also holds
        }
        if (type == EntityType.PERSON && LowerCaseSpans.plainWords(tf, a, b)) {
            return true; // "before conception", "a near-miss incident"
        }
        if (SpanShapes.listMarker(t, a, b) || type == EntityType.PERSON && beforeRoleAndName(t, a, b)) {
            return true;
        }
        if (SpanShapes.ampersandAbbreviation(t, a, b)) {
            return true; // "D&I", "S&S eval", "L&D": letters joined by "&"
        }
        if (type == EntityType.PERSON && afterSystemLabel(tf, a, b)) {
            return true; // "GU: Oliguric", "Immunosuppression: Prograf level", "GI: Sips of clears"
        }
        if (type == EntityType.PERSON && SpanShapes.abbreviations(t, a, b)) {
            return true; // "FSBG", "RIJ TLC": abbreviations; names have vowels ("Ng" is two letters)
        }
        if (type == EntityType.PERSON && LowerCaseSpans.wordInLowerNote(tf, a, b)) {
            return true; // "grace period", "long day for pt" in a note in lower case
        }
        if (b - a == 1 && t.isWord(a) && measured(tf, a)) {
            return true;
        }
        if (t.isWord(a) && (b - a == 1 || b - a == 3 && t.isPunct(a + 1, '/')) && unitAfterNumber(tf, a)) {
            return true; // "71 fL", "0.01 mIU/L"
        }
        return cutFromWord(t, t.end(b - 1));
    }

    /**
     * Whether tokens {@code [a, b)} hold two words or more and every word is ordinary vocabulary
     * (or a function word) that no facility, company, place or proper-noun list holds: in medical
     * text such a title-case phrase is a diagnosis, a body part, a service or a test. Names of
     * firms made only of ordinary words ("Market Basket") are the price; company lists keep the
     * common ones.
     */
    private static boolean ordinaryWords(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        int words = 0;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            int c = tf.lookup(k);
            if ((c & Lexicon.STOP) != 0 && (c & Lexicon.COMMON) == 0) {
                continue;
            }
            if ((c & Lexicon.COMMON) == 0 || (c & (Lexicon.FACILITY | Lexicon.ORG_SUFFIX | Lexicon.ORG_WORD
                    | Lexicon.HOSPITAL_PART | Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.PROPER)) != 0) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    /**
     * Whether "at" or "for" (and "the") comes right before token {@code a}: "works at Bright Smile
     * Dental", "a cook at The Brown Derby Grille", "program at Arbour Counseling" name a business
     * made of ordinary words, which the rules on generic phrases must leave alone.
     */
    private static boolean workplaceBefore(NameTokens t, int a) {
        int p = a - 1;
        if (p >= 0 && t.is(p, "the") && !t.newlineBefore(p + 1)) {
            p--;
        }
        if (p >= 0 && t.is(a, "the")) {
            p = a - 1; // "at The Brown Derby Grille": the article inside the span
        }
        return p >= 0 && !t.newlineBefore(p + 1) && (t.is(p, "at") || t.is(p, "for"));
    }

    /** Headings of a nursing note's review of systems. */
    private static final WordSet SYSTEM_LABELS = WordSet.of("gi", "gu", "cv", "resp", "neuro", "id", "skin", "endo",
            "pain", "heme", "renal", "pulm", "cardiac", "msk", "lines", "access", "activity", "diet", "integ",
            "psych", "immunosuppression", "events", "labs", "meds", "fen", "ortho", "wound", "wounds", "drains");

    /**
     * Whether the one-word "person" opens a system heading's value ("GU: Oliguric", "GI: Sips of
     * clears") and no name list holds it: a finding, a drug or a procedure.
     */
    private static boolean afterSystemLabel(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        return b - a == 1 && a >= 2 && t.isPunct(a - 1, ':') && t.isWord(a - 2) && SYSTEM_LABELS.contains(t.hash(a - 2))
                && (tf.lookup(a) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) == 0;
    }

    /** Last words of a department or service's name. */
    private static final WordSet DEPARTMENT_HEADS = WordSet.of("department", "dept", "service", "services",
            "medicine", "surgery", "imaging", "radiology", "neurology", "pediatrics", "cardiology", "oncology",
            "psychiatry", "division", "section", "program", "team", "board", "management", "health", "care",
            "unit", "pathology", "nursing", "therapy", "clinic");

    /**
     * Whether tokens {@code [a, b)} name a department or service by generic words only ("Internal
     * Medicine", "Emergency Department", "Behavioral Health", "Hand Surgery"): the last word is a
     * department head and every word is ordinary, clinical or institutional vocabulary that no
     * name, place or proper-noun list holds. A facility keeps its name ("Valley Rehabilitation
     * Center" ends in a facility word; "Greenfield Primary Care" has a place).
     */
    private static boolean department(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        int last = b - 1;
        if (!t.isWord(last) || !DEPARTMENT_HEADS.contains(t.hash(last))) {
            return false;
        }
        for (int k = a; k < b; k++) {
            int c = tf.lookup(k);
            if (k < last && (c & Lexicon.FACILITY) != 0) {
                return false; // "Lakeshore Rehabilitation and Nursing": a facility, named by its care
            }
            // a word that is also a surname counts when it is a word too ("Hand Surgery")
            if (t.isWord(k) && ((c & (Lexicon.COMMON | Lexicon.CLINICAL | Lexicon.FACILITY | Lexicon.ORG_WORD
                    | Lexicon.HOSPITAL_PART | Lexicon.JOB | Lexicon.STOP)) == 0
                    || (c & (Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.PROPER | Lexicon.ORG_SUFFIX)) != 0
                    || (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0 && (c & Lexicon.COMMON) == 0)) {
                return false;
            }
        }
        return true;
    }

    /** Endings of generic drug names. */
    private static final String[] DRUG_ENDINGS = {"ide", "ol", "mine", "drine", "pril", "sartan", "statin", "mab",
        "nib", "azole", "cillin", "mycin", "cycline", "floxacin", "dipine", "azepam", "prazole", "tidine", "parin",
        "xaban", "gliptin", "gliflozin", "glutide", "sone", "lone", "vir", "penem", "zosin", "tropium", "lukast"};

    /**
     * Whether tokens {@code [a, b)} (one or two words) sit in brackets right after a generic drug
     * name ("Albuterol (ProAir HFA)", "Midodrine (ProAmatine)", "Rivastigmine (Exelon patch)"): the
     * brand. The word before must end like a generic and be on no name or place list.
     */
    private static boolean brandInBrackets(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        int g = a - 2;
        if (b - a > 2 || g < 0 || !t.isPunct(a - 1, '(') || t.spaceBefore(a) || !t.spaceBefore(a - 1)
                || !t.isWord(g) || t.length(g) < 6
                || (tf.lookup(g) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
                        | Lexicon.COUNTRY)) != 0) {
            return false;
        }
        return drugEnding(t, g);
    }

    /** Whether word token {@code k} ends like a generic drug name ("-olol", "-statin", "-mine"). */
    private static boolean drugEnding(NameTokens t, int k) {
        if (t.length(k) < 6) {
            return false;
        }
        String s = t.text();
        for (String e : DRUG_ENDINGS) {
            if (s.regionMatches(true, t.end(k) - e.length(), e, 0, e.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of tokens {@code [a, b)} is on a given-name or surname list. */
    private static boolean listedName(TokenFeatures tf, int a, int b) {
        for (int k = a; k < b; k++) {
            if (tf.tokens().isWord(k) && (tf.lookup(k) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code [a, b)} are a medical phrase in title case: the last word is a medical
     * noun and no word before it is a listed place or a company's suffix.
     */
    static boolean diagnosisPhrase(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        int last = b - 1;
        while (last > a && (!t.isWord(last) || t.length(last) == 1)) {
            last--; // "Hepatitis B"
        }
        if (!t.isWord(last) || !medicalNoun(tf, last)) {
            return false;
        }
        for (int k = a; k < last; k++) {
            // a facility word before the head is a modifier ("Congestive Heart Failure"); a place or a
            // company's suffix makes a name ("Boston Arthritis", "Acme Oncology Inc")
            if (t.isWord(k) && (tf.lookup(k) & (Lexicon.ORG_SUFFIX | Lexicon.CITY | Lexicon.REGION
                    | Lexicon.COUNTRY)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Endings of drug names (the WHO stems: -vir, -mab, -pril, -statin, ...) and of tests and
     * findings ("Tympanometry", "Photophobic", "Trileaflet"): a lone word no list holds that ends
     * so, in a medical text, is no person or place ("Varenicline starter
     * pack", "TYMPANOMETRY type B").
     */
    private static final String[] DRUG_OR_TEST_ENDINGS = {"vir", "mab", "nib", "pril", "sartan", "olol", "statin",
        "azole", "cillin", "mycin", "cycline", "floxacin", "parin", "gliptin", "gliflozin", "dipine", "azepam",
        "azolam", "oxetine", "triptan", "prazole", "lukast", "semide", "thiazide", "platin", "rubicin", "taxel",
        "icline", "apine", "idone", "afil", "setron", "tidine", "dronate", "glitazone", "profen", "barbital",
        "caine", "metry", "phobic", "leaflet", "ectomies", "scopic", "graphic", "plastic"};
    private static final int MIN_DRUG_WORD = 6;

    /** Whether the span is one word no list holds with an ending of {@link #DRUG_OR_TEST_ENDINGS}. */
    static boolean drugOrTestWord(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (b - a != 1 || !t.isWord(a) || t.length(a) < MIN_DRUG_WORD || tf.lookup(a) != 0) {
            return false;
        }
        return endsWithAny(t, a, DRUG_OR_TEST_ENDINGS, 3);
    }

    /** Whether word token {@code k} ends with one of {@code endings} (any case), after at least {@code minStem} chars. */
    private static boolean endsWithAny(NameTokens t, int k, String[] endings, int minStem) {
        String s = t.text();
        int end = t.end(k);
        for (String ending : endings) {
            int from = end - ending.length();
            if (from >= t.start(k) + minStem && s.regionMatches(true, from, ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value right after token {@code a}, one space on: a decimal ("Ca 8.4") or a whole number of
     * one to three digits ("Mg 2", "Na 134"); not a ZIP code or a year ("MA 02139", "PA 19103").
     */
    private static boolean labValueAfter(NameTokens t, int a) {
        int v = a + 1;
        if (v >= t.size() || t.shape(v) != NameTokens.DIGITS || t.start(v) - t.end(a) != 1 || t.newlineBefore(v)) {
            return false;
        }
        boolean decimal = v + 2 < t.size() && t.isPunct(v + 1, '.') && t.start(v + 1) == t.end(v)
                && t.shape(v + 2) == NameTokens.DIGITS && t.start(v + 2) == t.end(v + 1);
        return decimal || t.length(v) <= 3;
    }

    /**
     * "PRIMARY LUNG CA,", "breast CA. s/p": two capitals after a word that names no town and is no
     * preposition ("Fresno CA", "from CA" stay), and no ZIP code after them.
     */
    private static boolean loneStateCode(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        if (t.length(a) != 2 || t.shape(a) != NameTokens.UPPER || a == 0 || !t.isWord(a - 1) || t.newlineBefore(a)
                || (tf.lookup(a - 1) & (Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.STOP)) != 0
                || t.shape(a - 1) == NameTokens.CAPITALIZED && t.mode(a - 1) == NameTokens.MODE_MIXED) {
            return false;
        }
        int z = a + 1;
        return z >= t.size() || t.shape(z) != NameTokens.DIGITS || t.length(z) != 5;
    }

    /** Whether word token {@code k} is a medical noun, by suffix or by the list of heads. */
    static boolean medicalNoun(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        long h = t.hash(k);
        if (HEADS.contains(h)) {
            return true;
        }
        if (t.length(k) < MIN_SUFFIXED || NOT_MEDICAL.contains(h)
                || (tf.lookup(k) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
                        | Lexicon.COUNTRY | Lexicon.PROPER)) != 0) {
            return false;
        }
        return endsWithAny(t, k, SUFFIXES, 1);
    }

    /**
     * Whether the one-word span at token {@code a} is a lab, score or drug by what follows it: a
     * measurement ("1.4", "40/22", "325 mg") or a generic name in brackets ("(pemetrexed)"). Only
     * words that no name or place list holds.
     */
    static boolean measured(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        // a word in capitals in mixed-case text is an abbreviation even when a name list holds it
        boolean abbreviation = t.shape(a) == NameTokens.UPPER && t.mode(a) == NameTokens.MODE_MIXED;
        boolean listed = (tf.lookup(a) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
                | Lexicon.COUNTRY | Lexicon.PROPER)) != 0;
        if (listed && t.shape(a) == NameTokens.UPPER && decimalOrRatioAfter(t, a + 1)) {
            return true; // "PAP 40/22", "CO 4.2", also in a note all in capitals
        }
        if (!abbreviation && listed) {
            return false;
        }
        int k = a + 1;
        if (k + 1 < t.size() && t.isPunct(k, '(') && t.spaceBefore(k) && !t.spaceBefore(k + 1)
                && t.shape(k + 1) == NameTokens.LOWER && t.length(k + 1) >= 6) {
            return true; // "Alimta (pemetrexed)"
        }
        if (k + 2 < t.size() && t.isPunct(k, '(') && t.spaceBefore(k) && t.isWord(k + 1) && !t.spaceBefore(k + 1)
                && t.isPunct(k + 2, ')') && !t.spaceBefore(k + 2)) {
            if (drugEnding(t, a)) {
                return true; // "Midodrine (ProAmatine)": a generic name, its brand in brackets
            }
            k += 3; // "Rasagiline (Azilect) 1 mg": the generic, then the brand, then the dose
        } else if (k < t.size() && t.isPunct(k, ')') && !t.spaceBefore(k) && a > 0 && t.isPunct(a - 1, '(')) {
            k++; // "Ertapenem (Invanz) 1 g": the brand in brackets, then the dose
        }
        if (k >= t.size() || t.shape(k) != NameTokens.DIGITS || !t.spaceBefore(k) || t.newlineBefore(k)) {
            return false;
        }
        int m = k + 1;
        if (m + 1 < t.size() && !t.spaceBefore(m) && (t.isPunct(m, '.') || t.isPunct(m, '/'))
                && !t.spaceBefore(m + 1) && t.shape(m + 1) == NameTokens.DIGITS) {
            return true; // "Creat 1.4", "PAP 40/22"
        }
        return m < t.size() && t.isWord(m) && UNITS.contains(t.hash(m)); // "Feosol 325 mg"
    }

    /** Whether tokens from {@code k} read "1.4" or "40/22", one space after the word before. */
    private static boolean decimalOrRatioAfter(NameTokens t, int k) {
        return k + 2 < t.size() && t.shape(k) == NameTokens.DIGITS && t.spaceBefore(k) && !t.newlineBefore(k)
                && (t.isPunct(k + 1, '.') || t.isPunct(k + 1, '/')) && !t.spaceBefore(k + 1)
                && !t.spaceBefore(k + 2) && t.shape(k + 2) == NameTokens.DIGITS;
    }

    /**
     * "Floor RN Tamika", "Night RN Joe": one word right before a care-team role and a capitalised
     * name qualifies the role; the name is the person.
     */
    private static boolean beforeRoleAndName(NameTokens t, int a, int b) {
        return b - a == 1 && b + 1 < t.size() && Relatives.teamRole(t, b) && !t.newlineBefore(b)
                && t.start(b) - t.end(a) == 1 && t.isWord(b + 1) && t.shape(b + 1) != NameTokens.LOWER
                && t.start(b + 1) - t.end(b) == 1;
    }

    /** Whether the one-word span at token {@code a} is a short unit right after a number ("71 fL"). */
    static boolean unitAfterNumber(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        return a > 0 && t.length(a) <= 4 && t.shape(a - 1) == NameTokens.DIGITS && !t.newlineBefore(a)
                && t.start(a) - t.end(a - 1) <= 1
                // a unit opens in lower case ("fL", "mIU", which a name list holds); a capitalised
                // word may be a name ("bed 12 Ana")
                && (Character.isLowerCase(t.charAt(t.start(a)))
                        || (tf.lookup(a) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
                                | Lexicon.COUNTRY)) == 0);
    }

    /** Whether the span of chars {@code [start, end)} runs into a letter or digit at its end. */
    static boolean cutFromWord(NameTokens t, int end) {
        // only the end is checked: a span may open on an initial glued to a code ("4226100B. Lanora
        // Ward"), which later trims drop
        String s = t.text();
        return end < s.length() && Character.isLetterOrDigit(s.charAt(end)) && Character.isLetterOrDigit(s.charAt(end - 1));
    }
}
