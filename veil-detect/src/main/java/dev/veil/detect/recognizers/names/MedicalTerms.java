package dev.veil.detect.recognizers.names;

/**
 * Shapes of medical vocabulary that the tagger reads as names in medical text, asked by
 * {@link NameSpans} before it reports a span:
 * <ul>
 *   <li>a diagnosis, anatomy or test written in title case ("Multiple Sclerosis", "Right Coronary
 *       Artery", "Transthoracic Echocardiogram", "Zarit Burden Interview"): its last word is a
 *       medical noun (by suffix: -itis, -osis, -ectomy, ...; or listed) and no word of it names a
 *       facility or company ("Arthritis Center" stays);
 *   <li>a word measured or dosed ("Creat 1.4", "PAP 40/22", "Feosol 325 mg", "Alimta
 *       (pemetrexed)"): a word no name or place list holds, right before a measurement or a
 *       generic name in brackets, is a lab, score or drug;
 *   <li>a unit after a number ("MCV 71 fL", "12 mV");
 *   <li>a span cut out of a longer word ("HbA1c", "KRAS G12C"): names do not run into letters or
 *       digits.
 * </ul>
 * Allocation-free; words are matched by token hash and suffixes on the text's chars.
 */
final class MedicalTerms {
    private MedicalTerms() {
    }

    /** Suffixes of medical nouns, checked on words of at least {@link #MIN_SUFFIXED} letters. */
    private static final String[] SUFFIXES = {"itis", "osis", "iasis", "ectomy", "otomy", "ostomy", "plasty",
        "scopy", "algia", "plegia", "paresis", "trophy", "penia", "megaly", "ectasis", "emia", "aemia", "pathy",
        "carcinoma", "blastoma", "cytoma", "sarcoma", "ogram", "ography"};
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
            "tomosynthesis", "ultrasound", "biopsy", "dementia", "delirium", "psychosis", "schizophrenia");
    /** Words after a number that make it a measurement or dose. */
    private static final WordSet UNITS = WordSet.of("mg", "mcg", "g", "kg", "ml", "l", "units", "unit", "meq",
            "mmol", "mmhg", "mm", "cm", "bpm", "iu", "mcg", "puffs", "tab", "tabs", "tablet", "tablets", "caps");

    /**
     * Whether the span of tokens {@code [a, b)} of type {@code type}, in a text of kind {@code kind}
     * ({@link Shorthand#textKind}), is medical vocabulary by one of the shapes above.
     */
    static boolean drop(TokenFeatures tf, int a, int b, dev.veil.core.EntityType type, int kind) {
        if ((kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) == 0 || a >= b) {
            return false;
        }
        NameTokens t = tf.tokens();
        if (type != dev.veil.core.EntityType.PERSON && diagnosisPhrase(tf, a, b)) {
            return true;
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
     * Whether tokens {@code [a, b)} are a medical phrase in title case: the last word is a medical
     * noun and no word of the span is a facility, company or hospital-part word or a listed place.
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
            if (t.isWord(k) && (tf.lookup(k) & (Lexicon.FACILITY | Lexicon.ORG_SUFFIX | Lexicon.ORG_WORD
                    | Lexicon.HOSPITAL_PART | Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY)) != 0) {
                return false;
            }
        }
        return true;
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
        String s = t.text();
        int end = t.end(k);
        for (String suffix : SUFFIXES) {
            int from = end - suffix.length();
            if (from > t.start(k) && s.regionMatches(true, from, suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the one-word span at token {@code a} is a lab, score or drug by what follows it: a
     * measurement ("1.4", "40/22", "325 mg") or a generic name in brackets ("(pemetrexed)"). Only
     * words that no name or place list holds.
     */
    static boolean measured(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        if ((tf.lookup(a) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
                | Lexicon.COUNTRY | Lexicon.PROPER)) != 0) {
            return false;
        }
        int k = a + 1;
        if (k + 1 < t.size() && t.isPunct(k, '(') && t.spaceBefore(k) && !t.spaceBefore(k + 1)
                && t.shape(k + 1) == NameTokens.LOWER && t.length(k + 1) >= 6) {
            return true; // "Alimta (pemetrexed)"
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
