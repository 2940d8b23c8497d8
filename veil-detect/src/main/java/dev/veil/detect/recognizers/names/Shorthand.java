package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;

/**
 * Shorthand of clinical and technical notes that the tagger may read as a name, place or title:
 * unknown words in capitals in text dense with capitals ("PERRLA", "RISS", "IJ TLC") and words
 * with no vowel ("Sxn'd"). {@link NameSpans} drops a span made only of them. Allocation-free.
 */
final class Shorthand {
    private Shorthand() {
    }

    /** Lexicon classes that make a word in capitals a possible name, place, title or organization. */
    private static final int NAME_OR_PLACE = Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
            | Lexicon.COUNTRY | Lexicon.NATIONALITY | Lexicon.BELIEF | Lexicon.ORG_SUFFIX | Lexicon.ORG_WORD
            | Lexicon.FACILITY | Lexicon.PROPER | Lexicon.HONORIFIC | Lexicon.JOB;

    /** Capitalised words in mixed-case lines from which a text counts as written in shorthand. */
    private static final int SHORTHAND_CAPITALS = 4;

    /**
     * "PERRLA", "RISS", "R IJ TLC", "OOB to chair": whether every word of the span is a short word
     * in capitals, in mixed-case text, that no name, place, title or organization list holds (or,
     * for a person alone, of three letters at most: "TF", "LIS"). Such a span is dropped when the
     * text is {@link #dense dense} with capitals, as clinical notes are; in a text with few
     * capitals an unknown word in capitals may be a name or an organization ("Insured: LIEMANN",
     * "the BBC"). A two-letter word after a comma is a state ("Towneberg, VT 34485").
     */
    static boolean words(TokenFeatures tf, int a, int b, EntityType et) {
        NameTokens t = tf.tokens();
        boolean words = false;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            words = true;
            if (t.mode(k) != NameTokens.MODE_MIXED || t.nonAscii(k)) {
                return false; // "ΛΑΡΝΑΚΑ", "Þórshöfn": another script or language, not English shorthand
            }
            // a city in an address block is often in capitals ("VIERZON"): places only when short
            boolean capitals = t.shape(k) == NameTokens.UPPER && t.length(k) <= (et == EntityType.LOCATION ? 4 : 7)
                    && !(t.length(k) == 2 && k > 0 && t.isPunct(k - 1, ','));
            boolean shortPerson = capitals && et == EntityType.PERSON && b - a == 1 && t.length(k) <= 3;
            if (!(capitals && ((tf.lookup(k) & NAME_OR_PLACE) == 0 || shortPerson))) {
                return false;
            }
        }
        return words;
    }

    /** 1 if at least {@link #SHORTHAND_CAPITALS} words of mixed-case lines are in capitals, else 0. */
    static int dense(NameTokens t) {
        int n = 0;
        for (int k = 0; k < t.size(); k++) {
            if (t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_MIXED && ++n >= SHORTHAND_CAPITALS) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * "Sxn'd", "mgmt": one ASCII word of three or more letters, not in capitals, with no vowel is
     * an abbreviation, in any text, not a person, place or title (organizations are often named so:
     * "Kpmg", "HXG").
     */
    static boolean noVowel(NameTokens t, int a, int b) {
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
