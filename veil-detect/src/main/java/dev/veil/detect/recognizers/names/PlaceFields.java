package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * The value of a place's field in a medical record's header: "Facility: Sunrise of Bethesda",
 * "Agency: Visiting Nurse Service of Central Ohio", "Employer: Norfolk Naval Shipyard",
 * "Pharmacy: Walgreens #4471". The label says the value is an institution, which the
 * de-identification convention reports as a LOCATION; after {@link NameSpans} the value becomes
 * one LOCATION finding even where the tagger read its words as a person ("Norfolk Naval
 * Shipyard"), a nationality ("Bethesda") or nothing. A place of care ("Facility:", "Agency:") in
 * any text, an employer, school or insurer only in a medical text (a bedside note or
 * {@link Shorthand#MEDICAL_TEXT}); the value is capitalised words and the joints of names ("of",
 * "&", "-", "St."), up to the line's end, a run of spaces, a comma or a bracket.
 */
final class PlaceFields {
    static final double SCORE = 0.8;
    private static final int MAX_TOKENS = 10;

    /** Labels of a field that holds an institution's name, before a colon. */
    private static final WordSet LABELS = WordSet.of("facility", "agency", "employer", "pharmacy", "practice",
            "school", "hospital", "institution", "clinic", "snf", "rehab", "hospice", "vendor", "supplier");
    /** Labels that name a place of care: their value counts in any text, not only a medical one. */
    private static final WordSet CARE_LABELS = WordSet.of("facility", "agency", "hospital", "clinic", "snf",
            "rehab", "hospice", "pharmacy");
    /** Small words inside an institution's name. */
    private static final WordSet JOINTS = WordSet.of("of", "and", "the", "for", "at", "de", "du", "la", "st", "in");

    private PlaceFields() {
    }

    /** Adds the values of place fields, replacing name findings they overlap from {@code from}; returns the text kind. */
    static int apply(TokenFeatures tf, String recognizer, List<Finding> out, int from, int kind) {
        NameTokens t = tf.tokens();
        for (int k = 1; k + 1 < t.size(); k++) {
            if (!t.isPunct(k, ':') || !t.isWord(k - 1) || t.length(k - 1) > 11 || !LABELS.contains(t.hash(k - 1))
                    || t.newlineBefore(k + 1) || !(k - 1 == 0 || t.newlineBefore(k - 1) || !t.isWord(k - 2)
                            || SpanShapes.fieldGap(t, k - 1))) {
                continue; // the label opens its line or a field: "Facility:", not "the facility: ..."
            }
            int a = k + 1;
            if (!t.isWord(a) || !capital(t, a)) {
                continue; // "Facility: home", "Employer: none"
            }
            int e = end(t, a);
            if (e <= a) {
                continue;
            }
            if (!CARE_LABELS.contains(t.hash(k - 1))) {
                if (kind == 0) {
                    kind = Shorthand.textKind(tf); // only once a place field is seen
                }
                if ((kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) == 0) {
                    continue; // "Employer: Acme Corp" in an HR form is an organization
                }
            }
            int start = t.start(a);
            int end = t.end(e - 1);
            LinePasses.clear(out, from, start, end);
            out.add(new Finding(EntityType.LOCATION, start, end, SCORE, recognizer));
        }
        return kind;
    }

    /** End (exclusive) of the value from word token {@code a}; trailing joints and marks are left out. */
    private static int end(NameTokens t, int a) {
        int b = a;
        int last = a;
        while (b < t.size() && b - a < MAX_TOKENS && !(b > a && (t.newlineBefore(b) || SpanShapes.fieldGap(t, b)))) {
            if (t.isWord(b) && (capital(t, b) || JOINTS.contains(t.hash(b)))
                    || t.shape(b) == NameTokens.DIGITS && b > a
                    || (t.isPunct(b, '&') || t.isPunct(b, '-') || t.isPunct(b, '.') || t.isPunct(b, '\'')
                            || t.isPunct(b, '#')) && b > a) {
                if (t.isWord(b) && capital(t, b) || t.shape(b) == NameTokens.DIGITS) {
                    last = b + 1;
                }
                b++;
            } else {
                break;
            }
        }
        return last;
    }

    /** A word written as a name: capitalised (or any word in a text all in capitals). */
    private static boolean capital(NameTokens t, int k) {
        return t.shape(k) == NameTokens.CAPITALIZED || t.shape(k) == NameTokens.MIXED
                || t.shape(k) == NameTokens.SINGLE_UPPER
                || t.shape(k) == NameTokens.UPPER;
    }
}
