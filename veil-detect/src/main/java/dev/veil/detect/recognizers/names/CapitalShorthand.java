package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import java.util.function.IntPredicate;

/**
 * Rules of {@link Shorthand} for words in capitals: abbreviations in dense mixed-case notes
 * ("PERRLA", "R IJ TLC") and ordinary words in notes written all in capitals ("SEE FLOWSHEET",
 * "LS CLEAR UPPER"), where capitals say nothing about names. Each rule answers whether a finding
 * the tagger made is such words rather than a name; {@link Shorthand#drop} applies them.
 */
final class CapitalShorthand {
    private CapitalShorthand() {
    }

    /**
     * "PERRLA", "RISS", "R IJ TLC", "OOB to chair": whether every word of the span is a short word
     * in capitals, in mixed-case text, that no name, place, title or organization list holds (or,
     * for a person alone, of three letters at most: "TF", "LIS"; for a place, of two letters not
     * after a comma: "LS clear", while "Towneberg, VT 34485" is a state). In a text with few
     * capitals an unknown word in capitals may be a name or an organization ("Insured: LIEMANN",
     * "the BBC"), so this applies to text {@link #DENSE dense} with capitals only.
     */
    static boolean capitals(TokenFeatures tf, int a, int b, EntityType et) {
        NameTokens t = tf.tokens();
        return everyWord(t, a, b, k -> {
            if (t.mode(k) != NameTokens.MODE_MIXED || t.nonAscii(k) || t.shape(k) != NameTokens.UPPER) {
                return false; // "ΛΑΡΝΑΚΑ", "Þórshöfn": another script or language, not English shorthand
            }
            // a city in an address block is often in capitals ("VIERZON"): places only when short
            int len = t.length(k);
            if (len > (et == EntityType.LOCATION ? 4 : 7)) {
                return false;
            }
            // "Towneberg, VT": a state follows a comma after a capitalised word standing alone (a
            // city); "sats 96%, LS clear", "SBP 110s, LS clear", "LS clear, RA sats" do not
            boolean afterComma = k > 1 && t.isPunct(k - 1, ',') && t.spaceBefore(k - 2)
                    && (t.shape(k - 2) == NameTokens.CAPITALIZED || t.shape(k - 2) == NameTokens.UPPER);
            boolean known = (tf.lookup(k) & Shorthand.NAME_OR_PLACE) != 0;
            boolean shortPerson = et == EntityType.PERSON && b - a == 1 && len <= 3;
            boolean twoLetterPlace = et == EntityType.LOCATION && len == 2 && !afterComma;
            return !(known && !shortPerson && !twoLetterPlace || len == 2 && afterComma);
        });
    }

    /** Whether tokens {@code [a, b)} hold a word and every word token {@code k} among them passes {@code test}. */
    private static boolean everyWord(NameTokens t, int a, int b, IntPredicate test) {
        boolean words = false;
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            words = true;
            if (!test.test(k)) {
                return false;
            }
        }
        return words;
    }

    /**
     * "BLOOD CX X2 SENT", "WILL NOT GO TO REHAB", "CURSING AT STAFF": in a note written in capitals,
     * a place made only of ordinary words, none of them on a place list, is the words.
     */
    static boolean commonNoPlace(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        for (int k = a; k < b; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            int c = tf.lookup(k);
            // "LS CLEAR UPPER", "LG LOOSE GREEN BM": a word that only starts or ends place names
            // ("Upper Darby", "Bowling Green") is no place alone
            if (t.mode(k) != NameTokens.MODE_UPPER || (c & Lexicon.COMMON) == 0
                    || (c & Shorthand.PLACE_WORDS & ~Lexicon.PLACE_WORD) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "SEE FLOWSHEET", "SR RARE PVC", "PER NH STAFF": in a note written in capitals, a person made
     * only of ordinary words that no given-name list holds, or of bedside abbreviations, with no
     * honorific, is the words. A surname that is a word ("DR YOUNG", "WIFE HOPE") keeps its cue,
     * which the caller checks ({@code afterPersonNoun}) or which puts the title in the span.
     */
    static boolean commonNoPerson(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        return everyWord(t, a, b, k -> {
            int c = tf.lookup(k);
            return t.mode(k) == NameTokens.MODE_UPPER && t.shape(k) == NameTokens.UPPER
                    && (c & (Lexicon.FIRST_NAME | Lexicon.HONORIFIC)) == 0
                    && ((c & Lexicon.COMMON) != 0 || Shorthand.bedsideWord(t, k));
        });
    }

    /** Directions and parts of anatomy that place lists also hold ("Upper", "Lower", "Central"). */
    private static final WordSet DIRECTIONS = WordSet.of("upper", "lower", "left", "right", "mid", "middle",
            "anterior", "posterior", "lateral", "medial", "distal", "proximal", "bilateral", "base", "bases", "apex",
            "central", "inferior", "superior", "north", "south", "east", "west");

    /**
     * "LS CLEAR UPPER", "coarse Lower": in a clinical note, a place of one word of direction or
     * anatomy is the word ("Upper" and "Lower" are towns on some lists).
     */
    static boolean directionAlone(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        return b - a == 1 && t.isWord(a) && t.length(a) <= 9 && DIRECTIONS.contains(t.hash(a));
    }
}
