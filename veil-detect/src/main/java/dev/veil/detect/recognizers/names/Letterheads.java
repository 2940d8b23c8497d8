package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * The letterhead of a medical document: one of its first three lines naming the sender's
 * institution ("Sutter Pathology Laboratory", "HARBORSIDE COMMUNITY HEALTH", "Kessler Institute
 * for Rehabilitation"). The de-identification convention reports an institution as a LOCATION;
 * the tagger reads such a line as a person, part of a place, or nothing.
 *
 * <p>A line counts when, in a medical text ({@link Shorthand#MEDICAL_TEXT} or a bedside note), it
 * holds two to seven words, all capitalised or in capitals but for the joints of names ("of",
 * "and", "for", "&", "-"), no digit and no colon, at least one word of an institution (a facility
 * or company word, or "Laboratory", "Health", "Associates") and at least one word that is no
 * ordinary or clinical vocabulary (a place, a name, a coined word: "Sutter", "Harborside"), so
 * that a report's title ("INFECTIOUS DISEASE CLINIC", "DISCHARGE SUMMARY") stays out. A spaced
 * dash or a bar separates parts of a line ("PROGRESS NOTE - Mercy Hospital"). A person's finding covering the whole line keeps it ("Dr. Fiona MacLeod").
 */
final class Letterheads {
    static final double SCORE = 0.75;
    private static final int FIRST_LINES = 3;
    private static final int MAX_WORDS = 7;
    private static final WordSet JOINTS = WordSet.of("of", "and", "for", "the", "at", "in", "on");
    /** Last words of a medical institution's name that no facility list holds. */
    private static final WordSet HEADS = WordSet.of("laboratory", "laboratories", "lab", "labs", "diagnostics",
            "imaging", "therapy", "associates", "health", "medicine", "pathology", "radiology", "practice",
            "partners", "services", "team", "group");

    private Letterheads() {
    }

    /** Adds the letterhead's LOCATION; {@code kind} is the text's kind if known, else 0 (computed on demand). */
    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from, int kind) {
        NameTokens t = tf.tokens();
        int lines = 0;
        int k = 0;
        while (k < t.size() && lines < FIRST_LINES) {
            int e = k + 1;
            while (e < t.size() && !t.newlineBefore(e)) {
                e++;
            }
            lines++;
            // "PROGRESS NOTE - East Jacquesshire General Hospital": a spaced dash or a bar separates parts
            for (int a = k; a < e; ) {
                int b = a;
                while (b < e && !separator(t, b)) {
                    b++;
                }
                if (b > a && letterhead(tf, a, b) && !LinePasses.covered(out, from, new Finding(EntityType.PERSON, t.start(a), t.end(b - 1), SCORE, recognizer))) {
                    if (kind == 0) {
                        kind = Shorthand.textKind(tf);
                    }
                    if ((kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) == 0) {
                        return;
                    }
                    LinePasses.replace(out, from, new Finding(EntityType.LOCATION, t.start(a), t.end(b - 1), SCORE,
                            recognizer));
                }
                a = b + 1;
            }
            k = e;
        }
    }

    private static boolean separator(NameTokens t, int k) {
        return t.shape(k) == NameTokens.PUNCT && (t.isPunct(k, '|') || t.isPunct(k, '\u2014')
                || t.isPunct(k, '-') && t.spaceBefore(k) && k + 1 < t.size() && t.spaceBefore(k + 1));
    }

    private static boolean letterhead(TokenFeatures tf, int a, int e) {
        NameTokens t = tf.tokens();
        int words = 0;
        boolean institution = false;
        boolean proper = false;
        for (int k = a; k < e; k++) {
            if (!t.isWord(k)) {
                if (t.isPunct(k, '&') || t.isPunct(k, '-') || t.isPunct(k, '\'') || t.isPunct(k, '.') && k > a) {
                    continue;
                }
                return false; // a colon, a comma, a bracket: a field or a sentence, not a name
            }
            int c = tf.lookup(k);
            if (JOINTS.contains(t.hash(k)) && k > a && t.shape(k) == NameTokens.LOWER) {
                continue;
            }
            if (t.shape(k) != NameTokens.CAPITALIZED && t.shape(k) != NameTokens.UPPER && t.shape(k) != NameTokens.MIXED
                    || ++words > MAX_WORDS) {
                return false;
            }
            institution |= (c & (Lexicon.FACILITY | Lexicon.ORG_WORD | Lexicon.ORG_SUFFIX)) != 0
                    || HEADS.contains(t.hash(k));
            proper |= (c & (Lexicon.COMMON | Lexicon.CLINICAL | Lexicon.JOB | Lexicon.STOP | Lexicon.CALENDAR)) == 0;
        }
        return words >= 2 && institution && proper;
    }
}
