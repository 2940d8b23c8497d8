package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * A street named without a house number after "on", "off", "at" or "near" ("found at apt on
 * Commonwealth Ave", "lives off Elm Street", "MVC on Route 128"): HIPAA counts a street as a geographic subdivision
 * smaller than a state, and the street-address recognizer needs a number. One to three
 * capitalised words then a street type; "St" and "Dr" only at the end of a clause, since before a
 * name they are "Saint" and "Doctor". A LOCATION, in place of the findings it overlaps (the tagger
 * reads "Elm Street" as a person).
 */
final class StreetNames {
    static final double SCORE = 0.7;
    private static final int MAX_NAME_WORDS = 3;
    private static final WordSet BEFORE = WordSet.of("on", "off", "at", "near");
    /** Words before a road's number: "Route 128", "Rte 9", "Interstate 95". */
    private static final WordSet ROADS = WordSet.of("route", "rte", "interstate", "highway", "hwy");
    private static final WordSet TYPES = WordSet.of("street", "avenue", "ave", "road", "rd", "boulevard", "blvd",
            "lane", "ln", "drive", "parkway", "pkwy", "highway", "hwy", "terrace", "circle", "turnpike", "tpke",
            "st", "dr");

    private StreetNames() {
    }

    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        // from each street type (rare) back to "on"/"off"/"at"/"near" over one to three name words
        for (int e = 2; e < t.size(); e++) {
            if (t.length(e) > 9 || t.shape(e) == NameTokens.LOWER || t.shape(e) == NameTokens.PUNCT) {
                continue;
            }
            if (ROADS.contains(t.hash(e)) && e + 1 < t.size() && t.shape(e + 1) == NameTokens.DIGITS
                    && t.start(e + 1) - t.end(e) == 1 && !t.newlineBefore(e + 1) && t.isWord(e - 1)
                    && t.start(e) - t.end(e - 1) == 1 && BEFORE.contains(t.hash(e - 1))) {
                // "MVC on Route 128", "off Rte 9": a numbered road
                LinePasses.replaceUnlessLonger(out, from, new Finding(EntityType.LOCATION, t.start(e), t.end(e + 1),
                        SCORE, recognizer));
                continue;
            }
            if (!TYPES.contains(t.hash(e)) || !clauseEnd(t, e)) {
                continue;
            }
            int k = e;
            while (k > 0 && e - k < MAX_NAME_WORDS && !t.newlineBefore(k) && t.start(k) - t.end(k - 1) == 1
                    && capitalised(tf, k - 1) && !TYPES.contains(t.hash(k - 1))) {
                k--;
            }
            if (k == e || k < 1 || t.newlineBefore(k) || !t.isWord(k - 1) || t.start(k) - t.end(k - 1) != 1
                    || !BEFORE.contains(t.hash(k - 1))) {
                continue;
            }
            LinePasses.replaceUnlessLonger(out, from, new Finding(EntityType.LOCATION, t.start(k), t.end(e), SCORE,
                    recognizer));
        }
    }

    /** A capitalised word ("Elm"), in capitals in a text in capitals ("COMMONWEALTH"), or "5th"-like digits. */
    private static boolean capitalised(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        return t.isWord(k) && (t.shape(k) == NameTokens.CAPITALIZED
                || t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_UPPER
                || t.shape(k) == NameTokens.DIGITS && k > 0 && t.length(k) <= 3)
                && (tf.lookup(k) & (Lexicon.STOP | Lexicon.CALENDAR)) == 0;
    }

    /** "St" and "Dr" end the clause ("on Main St." / "on Park Dr,"); full types may go on. */
    private static boolean clauseEnd(NameTokens t, int e) {
        if (!t.is(e, "st") && !t.is(e, "dr")) {
            return true;
        }
        int n = e + 1;
        if (n < t.size() && t.isPunct(n, '.') && t.start(n) == t.end(e)) {
            n++;
        }
        return n >= t.size() || t.newlineBefore(n) || !t.isWord(n) || t.shape(n) == NameTokens.LOWER;
    }
}
