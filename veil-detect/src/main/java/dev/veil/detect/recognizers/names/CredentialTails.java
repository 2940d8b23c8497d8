package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * The last pass after the tagger: a given name right before a nurse's credential is a person
 * ("ENDORSED TO SANDY RN"), and a credential in the comma list after a person's name is no
 * entity of its own ("Holly Brandt, MS, RD, LDN", "Quincy Darden, PharmD", "Constance Abiodun,
 * DO"). The tagger reads some of them as places or persons (an unknown word in capitals after a
 * comma looks like a state or a surname). Only after a PERSON finding (through other credentials
 * of the list), so "Lowell, MA" keeps its state.
 */
final class CredentialTails {
    /** Credentials and degrees written after a name. */
    private static final WordSet CREDENTIALS = WordSet.of("md", "do", "rn", "np", "pa", "rd", "ldn", "cnsc", "pharmd",
            "rph", "dpt", "ocs", "atp", "otr", "cota", "slp", "ccc", "lpn", "cna", "rrt", "msw", "licsw", "lcsw",
            "lmhc", "phd", "psyd", "crnp", "aprn", "fnp", "dnp", "cnm", "crna", "cde", "cdces", "ibclc", "ms", "ma",
            "mph", "mba", "dds", "dmd", "dpm", "od", "facs", "facp", "facc", "ccrn", "bsn", "msn", "cns", "pac", "cma",
            "atc", "cscs", "mt", "ascp", "rdms", "rvt", "rcs", "rt", "cpht", "lac", "cpc", "ncc", "fase", "bcps",
            "bcidp", "bcop", "bcpp", "bcgp", "faap", "facog", "facep", "fccp", "fasn", "fache", "faan", "otrl");

    private CredentialTails() {
    }

    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        // one pass over the tokens for the credentials (rare), then what is around each
        for (int k = 1; k < t.size(); k++) {
            if (t.length(k) > 6 || t.shape(k) == NameTokens.PUNCT || !CREDENTIALS.contains(t.hash(k))) {
                continue;
            }
            if (FieldLabels.nursing(t, k)) {
                nurseName(tf, recognizer, out, from, k - 1);
            }
            if (t.shape(k) == NameTokens.LOWER) {
                signedInLowerCase(tf, recognizer, out, from, k);
            }
            // "Beth Mulligan, RN", "Erin Bishop, MD": the tagger left out a surname that is also a word
            if (k >= 3 && t.isPunct(k - 1, ',') && t.shape(k) != NameTokens.LOWER && !t.newlineBefore(k)
                    && !LinePasses.overlapsAny(out, from, t.start(k - 2), t.end(k - 2))) {
                extendedName(t, out, from, k - 2);
            }
        }
        for (int i = out.size() - 1; i >= from; i--) {
            Finding f = out.get(i);
            int k = t.tokenStartingAt(f.start());
            if (k < 2 || t.end(k) != f.end() || !t.isWord(k) || t.length(k) > 6 || t.shape(k) == NameTokens.LOWER
                    || !CREDENTIALS.contains(t.hash(k)) || !t.isPunct(k - 1, ',') || t.newlineBefore(k)) {
                continue;
            }
            if (afterName(t, out, from, k - 2, f)) {
                out.remove(i);
            } else if (k >= 3 && extendedName(t, out, from, k - 2)) {
                out.remove(i); // "Lucinda Grey, DO": the surname joins the name, the credential goes
            }
        }
    }

    /**
     * "ENDORSED TO SANDY RN", "per Joy RN", "rt joe": a listed given name right before a nurse's or
     * therapist's credential (or, in a note in lower case, right after "rt"/"rn") is the person,
     * also when it is a word the tagger leaves alone.
     */
    private static void nurseName(TokenFeatures tf, String recognizer, List<Finding> out, int from, int k) {
        NameTokens t = tf.tokens();
        if (!t.isWord(k) || (tf.lookup(k) & Lexicon.FIRST_NAME) == 0 || t.newlineBefore(k + 1)
                || t.start(k + 1) - t.end(k) != 1
                || !(t.shape(k) == NameTokens.CAPITALIZED && t.mode(k) == NameTokens.MODE_MIXED
                        || t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_UPPER
                        || t.shape(k) == NameTokens.LOWER && t.mode(k) == NameTokens.MODE_LOWER)
                || k > 0 && !t.newlineBefore(k) && t.isWord(k - 1) && FieldLabels.credential(t, k - 1)
                || k + 2 < t.size() && t.isWord(k + 2) && !t.newlineBefore(k + 2) && t.shape(k + 2) != NameTokens.LOWER
                        && t.start(k + 2) - t.end(k + 1) == 1
                || LinePasses.overlapsAny(out, from, t.start(k), t.end(k))) {
            return; // "ED RN" in mixed text is a department; "Floor RN Tamika": the name comes after
        }
        out.add(new Finding(EntityType.PERSON, t.start(k), t.end(k), Relatives.SCORE, recognizer));
    }

    /**
     * A signature written in lower case before a lower-case credential: "m. kowalczyk md", "k. brown
     * np", "m patel md" (an initial, then a surname that may also be a word), "-- kelly rn", "(becky
     * rd)" (a listed given name after a dash, a slash, a bracket or at the start of a line). The
     * credential at token {@code k}; nothing already found there.
     */
    private static void signedInLowerCase(TokenFeatures tf, String recognizer, List<Finding> out, int from, int k) {
        NameTokens t = tf.tokens();
        int w = k - 1;
        if (w < 1 || !t.isWord(w) || t.shape(w) != NameTokens.LOWER || t.length(w) < 2 || t.newlineBefore(k)
                || t.start(k) - t.end(w) != 1 || (tf.lookup(w) & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL)) != 0
                || FieldLabels.credential(t, w) || Shorthand.bedsideWord(t, w)
                || LinePasses.overlapsAny(out, from, t.start(w), t.end(w))) {
            return;
        }
        int a = -1;
        int p = w - 1;
        if (p >= 1 && t.isPunct(p, '.') && t.start(w) - t.end(p) == 1 && initial(t, p - 1) && t.end(p - 1) == t.start(p)) {
            a = p - 1; // "m. kowalczyk md"
        } else if (initial(t, p) && t.start(w) - t.end(p) == 1) {
            a = p; // "m patel md"
        } else if ((tf.lookup(w) & Lexicon.FIRST_NAME) != 0 && !t.newlineBefore(w)
                && (t.isPunct(p, '-') || t.isPunct(p, '(') || t.isPunct(p, '/'))) {
            a = w; // "-- kelly rn", "(becky rd)"
        } else if ((tf.lookup(w) & Lexicon.FIRST_NAME) != 0 && t.newlineBefore(w)) {
            a = w; // a line "kelly rn"
        }
        if (a < 0 || a < w && (t.newlineBefore(w) || a > 0 && !t.newlineBefore(a) && t.isWord(a - 1)
                && t.start(a) - t.end(a - 1) == 1 && !SIGNING.contains(t.hash(a - 1)))) {
            return; // "vit d 2000 iu" is no initial: the letter must open the signature
        }
        out.add(new Finding(EntityType.PERSON, t.start(a), t.end(w), Relatives.SCORE, recognizer));
    }

    /** Words before a signature: "signed m patel md", "per k. brown np". */
    private static final WordSet SIGNING = WordSet.of("signed", "cosigned", "by", "per", "dictated", "attending",
            "resident", "fellow", "cc", "from", "to", "w", "with");

    /** A single letter: an initial in a lower-case signature. */
    private static boolean initial(NameTokens t, int k) {
        return k >= 0 && t.isWord(k) && t.length(k) == 1 && Character.isLetter(t.text().charAt(t.start(k)));
    }

    /**
     * "Lucinda Grey, DO": when a PERSON finding ends one capitalised word before the comma (the
     * tagger left out a surname that is also a word), extends it over that word.
     */
    private static boolean extendedName(NameTokens t, List<Finding> out, int from, int p) {
        if (!t.isWord(p) || t.shape(p) != NameTokens.CAPITALIZED || t.newlineBefore(p)
                || t.start(p) - t.end(p - 1) != 1) {
            return false;
        }
        for (int i = from; i < out.size(); i++) {
            Finding g = out.get(i);
            if (g.type() == EntityType.PERSON && g.end() == t.end(p - 1)) {
                out.set(i, new Finding(EntityType.PERSON, g.start(), t.end(p), g.score(), g.recognizer()));
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code p} (before the comma) ends a PERSON finding, or is itself a credential
     * in a list after one ("Brandt, MS, RD": "MS" after "Brandt").
     */
    private static boolean afterName(NameTokens t, List<Finding> out, int from, int p, Finding self) {
        for (int guard = 0; guard < 6 && p >= 0; guard++) {
            int end = t.end(p);
            for (int i = from; i < out.size(); i++) {
                Finding g = out.get(i);
                if (g != self && g.type() == EntityType.PERSON && g.end() == end) {
                    return true;
                }
            }
            // walk back over another credential of the list: "Name, MS, RD"
            if (p >= 2 && t.isWord(p) && t.length(p) <= 6 && CREDENTIALS.contains(t.hash(p)) && t.isPunct(p - 1, ',')) {
                p -= 2;
            } else {
                return false;
            }
        }
        return false;
    }
}
