package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * "Pt from Lowell, MA;", "(Chicago, IL)", "Nashua, NH 03060": a town followed by a comma and a
 * USPS state code is a place, both parts, whatever the tagger made of them. The tagger reads a
 * town that is also a name ("Lowell", "Phoenix") and a lone state code ("MA", "AZ") as a person
 * often enough that the pattern is worth a rule: the state code pins the reading.
 *
 * <p>What must follow the code: the end of the line or text, closing punctuation, or a ZIP code.
 * Codes that are also credentials ("Jane Doe, MD", "Sue Park, MA", "Amy Lee, PA", "MS" for a
 * master's degree) count only before a ZIP code or when a place word introduces the town ("from",
 * "in", "of", an opening parenthesis) and the tagger did not read a town of several words as a
 * person ("Reply from Ngozi Nwosu, MD").
 */
final class CityStates {
    static final double SCORE = 0.85;

    /** USPS state and territory codes (lower case; matched against upper-case tokens only). */
    private static final WordSet STATES = WordSet.of("al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl",
            "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt",
            "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx",
            "ut", "vt", "va", "wa", "wv", "wi", "wy", "pr");
    /** State codes that are also credentials or degrees after a person's name. */
    private static final WordSet CREDENTIAL_LIKE = WordSet.of("md", "pa", "ma", "ms", "nd", "dc", "de", "ca");
    /** Words that introduce a place: with them, a credential-like code is a state ("from Sharon, MA"). */
    private static final WordSet INTRODUCERS = WordSet.of("in", "from", "to", "of", "near", "at", "outside",
            "lives", "resides", "born", "native");
    /** At most this many words of town: "West Roxbury", "Fort Lauderdale", "Salt Lake City". */
    private static final int MAX_TOWN_WORDS = 3;

    private CityStates() {
    }

    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        for (int k = 1; k < t.size(); k++) {
            if (!stateCode(t, k)) {
                continue;
            }
            if (!AMBIGUOUS.contains(t.hash(k)) && t.mode(k) == NameTokens.MODE_MIXED && !t.newlineBefore(k)
                    && t.isWord(k - 1) && (t.is(k - 1, "from") || t.is(k - 1, "in"))
                    && t.start(k) - t.end(k - 1) == 1 && endsHere(t, k + 1)) {
                place(out, from, t.start(k), t.end(k), recognizer); // "coming in tomorrow from NH."
                continue;
            }
            if (k < 2 || !t.isPunct(k - 1, ',') || t.newlineBefore(k) || t.newlineBefore(k - 1)
                    || !t.isWord(k - 2) || t.start(k) - t.end(k - 1) > 1) {
                continue;
            }
            boolean zip = k + 1 < t.size() && !t.newlineBefore(k + 1) && t.shape(k + 1) == NameTokens.DIGITS
                    && t.length(k + 1) == 5;
            if (!zip && !endsHere(t, k + 1) && !(t.mode(k) == NameTokens.MODE_MIXED && k + 1 < t.size()
                    && t.shape(k + 1) == NameTokens.LOWER && !t.newlineBefore(k + 1))) {
                continue; // "DR LEE, OK TO EXTUBATE", "WITH JOHN, OR HIS WIFE"; "Nashua, NH updated" is a place
            }
            int a = townStart(tf, k - 2);
            if (a < 0) {
                continue;
            }
            if (!zip && CREDENTIAL_LIKE.contains(t.hash(k))
                    && (!introduced(t, a) || a < k - 2 && personOver(out, from, t.start(a), t.end(k - 2)))) {
                continue; // "Kenji Watanabe, MD", "rooming by Sue Park, MA", "Reply from Ngozi Nwosu, MD"
            }
            place(out, from, t.start(a), t.end(k - 2), recognizer);
            place(out, from, t.start(k), t.end(k), recognizer);
        }
    }

    /**
     * State codes that are also words or clinical abbreviations ("in OR", "from ED" is no state,
     * but "MD", "PA", "MS", "CO", "MI", "LA", "ME", "IN", "OK", "DE", "GA", "SC", "CA", "MA" are read
     * as something else often enough): alone after "from"/"in" only the others are states.
     */
    private static final WordSet AMBIGUOUS = WordSet.of("or", "md", "pa", "ms", "co", "mi", "la", "me", "in",
            "ok", "de", "ga", "sc", "ca", "ma", "al", "hi", "id", "ne", "mo", "va", "wa", "oh", "ct", "mt", "nd", "ar",
            "ia", "pr", "gu");

    /** Whether a PERSON finding from index {@code from} overlaps {@code [start, end)}. */
    private static boolean personOver(List<Finding> out, int from, int start, int end) {
        for (int i = from; i < out.size(); i++) {
            Finding f = out.get(i);
            if (f.type() == EntityType.PERSON && f.start() < end && f.end() > start) {
                return true;
            }
        }
        return false;
    }

    static boolean stateCode(NameTokens t, int k) {
        return t.shape(k) == NameTokens.UPPER && t.length(k) == 2 && STATES.contains(t.hash(k));
    }

    /** Whether the state code is the last thing of its clause: end of text or line, or closing punctuation. */
    private static boolean endsHere(NameTokens t, int e) {
        if (e >= t.size() || t.newlineBefore(e)) {
            return true;
        }
        return t.isPunct(e, '.') || t.isPunct(e, ';') || t.isPunct(e, ')') || t.isPunct(e, ',') || t.isPunct(e, ':');
    }

    /**
     * The first token of the town that ends at word token {@code last}: capitalised words (any case
     * in a text all in capitals) on the line, no function word, month or clinical word; -1 if none.
     */
    private static int townStart(TokenFeatures tf, int last) {
        NameTokens t = tf.tokens();
        int a = last + 1;
        for (int k = last; k >= 0 && last - k < MAX_TOWN_WORDS; k--) {
            if (!townWord(tf, k) || k < last && (t.newlineBefore(k + 1) || t.start(k + 1) - t.end(k) != 1)) {
                break;
            }
            a = k;
        }
        return a <= last ? a : -1;
    }

    private static boolean townWord(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        if (!t.isWord(k) || t.length(k) < 2) {
            return false;
        }
        boolean capital = t.shape(k) == NameTokens.CAPITALIZED
                || t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_UPPER;
        int c = tf.lookup(k);
        return capital && (c & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL | Lexicon.HONORIFIC)) == 0
                && !ClinicalWords.bedsideTerm(t, k) && !Shorthand.bedsideWord(t, k);
    }

    /** Whether the town starting at token {@code a} follows a place word or an opening parenthesis. */
    private static boolean introduced(NameTokens t, int a) {
        if (a == 0 || t.newlineBefore(a)) {
            return false;
        }
        return t.isPunct(a - 1, '(') || t.isWord(a - 1) && t.length(a - 1) <= 8 && INTRODUCERS.contains(t.hash(a - 1));
    }

    private static void place(List<Finding> out, int from, int start, int end, String recognizer) {
        LinePasses.replaceUnlessLonger(out, from, new Finding(EntityType.LOCATION, start, end, SCORE, recognizer));
    }
}
