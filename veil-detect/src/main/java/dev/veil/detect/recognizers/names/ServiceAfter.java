package dev.veil.detect.recognizers.names;

/**
 * "hartigan (attending) aware", "rossi (hepatology) to see", "Greenbaum (fellow)": a word followed
 * by a care-team role or a medical service in brackets is a clinician's surname, whatever its case.
 * Asked by {@link NameSpans} for the tokens the tagger left outside: in a note typed in lower case a
 * surname no list holds looks like any other word.
 */
final class ServiceAfter {
    private ServiceAfter() {
    }

    private static final WordSet ROLES = WordSet.of("attending", "fellow", "resident", "intern", "np", "pa", "md",
            "rn", "pcp", "surgeon", "hospitalist", "intensivist", "consultant", "cardiology", "cards", "hepatology",
            "hepatobiliary", "gi", "renal", "nephrology", "neurology", "neuro", "nsgy", "neurosurgery", "surgery",
            "ortho", "orthopedics", "ent", "id", "pulm", "pulmonary", "onc", "oncology", "heme", "psych",
            "psychiatry", "palliative", "urology", "derm", "dermatology", "ophtho", "anesthesia", "endocrine",
            "endo", "rheum", "rheumatology", "transplant", "trauma", "vascular", "ep", "icu", "micu", "sicu", "ccu");

    /** Whether word {@code i} stands before "(role)" and could be a surname. */
    static boolean surnameBefore(TokenFeatures tf, int i) {
        NameTokens t = tf.tokens();
        int n = t.size();
        if (i + 3 >= n || !t.isPunct(i + 1, '(') || !t.isPunct(i + 3, ')') || !t.isWord(i) || t.length(i) < 3
                || t.newlineBefore(i + 1) || !t.isWord(i + 2) || !ROLES.contains(t.hash(i + 2))) {
            return false; // cheap checks first: this runs for every token the tagger left outside
        }
        int c = tf.lookup(i);
        if ((c & (Lexicon.STOP | Lexicon.CLINICAL | Lexicon.CALENDAR | Lexicon.JOB)) != 0
                || (c & Lexicon.COMMON) != 0 && (c & Lexicon.LAST_NAME) == 0
                || ClinicalWords.drugOrLab(t, i) || Shorthand.bedsideWord(t, i) || t.shape(i) == NameTokens.MIXED) {
            return false; // "abx (id) following", "pain (ortho)": a word, not a name
        }
        return true;
    }
}
