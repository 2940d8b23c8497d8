package dev.veil.detect.recognizers.names;

/**
 * Field labels and credentials that say a name is a person's: "Pt: Oliveira, Joao", "Surgeon: Paul
 * Whitfield, MD", "Hope Washington, NP". The tagger may read such a name as a place ("Lourdes",
 * "Washington"); {@link NameSpans} types the span PERSON. Matched by token hash; allocation-free.
 */
final class FieldLabels {
    private FieldLabels() {
    }

    /** Labels of a field that holds a person's name, before a colon. */
    private static final WordSet PERSON_LABELS = WordSet.of("pt", "patient", "name", "resident", "client",
            "member", "insured", "subscriber", "guarantor", "attending", "surgeon", "physician", "pcp", "referring",
            "by", "cc", "fellow", "intern", "nurse", "provider", "clinician", "interpreter", "proxy", "hcp",
            "signed", "requester", "assistant", "anesthesiologist", "radiologist", "cardiologist", "ordering",
            "requesting", "consultant", "endoscopist", "caller", "spouse", "guardian", "witness", "re", "rn", "family",
            "sonographer", "technologist", "tech", "scribe", "transcriptionist", "pharmacist", "dietitian",
            "therapist", "liaison", "coordinator", "chaplain", "mother", "father", "mom", "dad", "wife", "husband",
            "daughter", "son", "sister", "brother", "partner", "contact");
    /** Credentials written after a clinician's name (or initials: "-- JT RN"); one list for every rule. */
    private static final WordSet CREDENTIALS = WordSet.of("md", "rn", "np", "do", "pa", "rrt", "lpn", "licsw",
            "lcsw", "msw", "phd", "otr", "pt", "dpt", "crnp", "cnm", "bsn", "ccrn", "mph", "facc", "facs", "dds", "cna",
            "slp", "ot", "rnc", "nnp", "cnp", "aprn", "rd", "ldn", "lmsw", "lisw", "lsw", "lmhc", "pharmd", "rph",
            "cnsc", "atc", "fnp", "dnp", "crna", "ibclc", "cde", "psyd");

    /** "MD", "PA", "DE": credentials that are also US state codes ("Bethesda MD"). */
    static boolean alsoAState(NameTokens t, int k) {
        return t.is(k, "md") || t.is(k, "pa") || t.is(k, "de") || t.is(k, "rd"); // "RD": also a road
    }

    /** "REPORT TO DENISE RN": in text all in capitals, a nurse's or therapist's credential (not "MD", a state). */
    static boolean nursing(NameTokens t, int k) {
        return t.is(k, "rn") || t.is(k, "np") || t.is(k, "rrt") || t.is(k, "lpn") || t.is(k, "crnp") || t.is(k, "cna");
    }

    /** Whether word token {@code k} is a clinician's credential ("MD", "rn", "RRT"). */
    static boolean credential(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 5 && CREDENTIALS.contains(t.hash(k));
    }

    /** Whether an honorific ("Dr", "Mrs.") comes right before token {@code k}. */
    static boolean honorificBefore(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        int p = k >= 2 && t.isPunct(k - 1, '.') ? k - 2 : k - 1;
        return p >= 0 && t.isWord(p) && (tf.lookup(p) & Lexicon.HONORIFIC) != 0;
    }

    /** Whether the span starting at token {@code a} follows "Label:" on its line ("Pt: ", "Surgeon: "). */
    static boolean personLabelBefore(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        int c = a - 1;
        if (c < 1 || !t.isPunct(c, ':') || t.newlineBefore(a) || t.newlineBefore(c)) {
            return false;
        }
        int w = c - 1;
        return t.isWord(w) && t.length(w) <= 16 && PERSON_LABELS.contains(t.hash(w));
    }

    /**
     * Whether the span ending before token {@code b} is followed, on its line, by ", MD" (any case)
     * or by "RN" in capitals within mixed-case text; not "Lajeado do Bugre", "BOCA DO ACRE".
     */
    static boolean credentialAfter(TokenFeatures tf, int b) {
        NameTokens t = tf.tokens();
        boolean comma = b < t.size() && t.isPunct(b, ',');
        int j = comma ? b + 1 : b;
        if (j < t.size() && !t.newlineBefore(j) && dottedCredential(t, j)) {
            return true; // "Rajesh Malhotra, M.D.", "Ann Lee R.N."
        }
        if (j >= t.size() || t.newlineBefore(j)
                || !(comma || t.shape(j) == NameTokens.UPPER && t.mode(j) == NameTokens.MODE_MIXED
                        || t.mode(j) == NameTokens.MODE_UPPER && nursing(t, j))
                || t.shape(j) == NameTokens.CAPITALIZED) {
            return false;
        }
        // "germany, pt asks": "pt" (patient), "ot" and "do" are credentials only in capitals in mixed-case text
        boolean ambiguous = t.is(j, "pt") || t.is(j, "ot") || t.is(j, "do");
        return credential(t, j) && !(ambiguous && (t.shape(j) != NameTokens.UPPER || t.mode(j) != NameTokens.MODE_MIXED));
    }

    /** Dotted credentials, letters only ("M.D." is "md"). */
    private static final WordSet DOTTED = WordSet.of("md", "do", "rn", "np", "pa", "phd", "dds", "dmd", "dpm", "od",
            "pharmd", "lpn", "msw");

    /** "M.D.", "R.N.", "Ph.D.": one- or two-letter words each glued to a full stop, from token {@code j}. */
    static boolean dottedCredential(NameTokens t, int j) {
        long h = NameTokens.FNV_OFFSET;
        int k = j;
        int parts = 0;
        while (k + 1 < t.size() && parts < 3 && t.isWord(k) && t.length(k) <= 2 && t.isPunct(k + 1, '.')
                && t.start(k + 1) == t.end(k) && (k == j || t.start(k) == t.end(k - 1))) {
            for (int p = t.start(k); p < t.end(k); p++) {
                h = (h ^ Character.toLowerCase(t.charAt(p))) * NameTokens.FNV_PRIME;
            }
            parts++;
            k += 2;
        }
        return parts >= 2 && DOTTED.contains(h);
    }
}
