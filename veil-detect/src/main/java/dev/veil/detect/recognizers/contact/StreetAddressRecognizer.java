package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Street and postal addresses. Every form has a number, so the search starts from number tokens
 * only (few per document) and looks at the words around them:
 * <ul>
 *   <li>number, name words, street type: {@code 221B Baker Street}, {@code 1600 Amphitheatre
 *       Parkway}, {@code 350 5th Ave NW}, {@code 12 rue de Rivoli} (type before the name);
 *   <li>street then number: {@code Hauptstraße 5}, {@code Frankfurter Allee 73}, {@code Via Roma 10},
 *       {@code Korte Noordsstraat 307};
 *   <li>post-office and military boxes: {@code P.O. Box 123}, {@code PSC 1234, Box 5678},
 *       {@code USNS Ujváry\nFPO AP 24796}.
 * </ul>
 * The street line then grows over what follows it on the same or the next lines (unit, city,
 * state, postal code, country; see {@link AddressTail}), so a multi-line postal address is one
 * span. Name words must be capitalised, except in an all-lower-case street line with a full
 * street type ({@code 85 gimblett street}), which scores lower.
 *
 * <p>Scores: 0.85 with a full street type and capitalised names, 0.75 with an abbreviated type
 * or the type first, 0.8 for boxes, 0.6 in lower case.
 */
public final class StreetAddressRecognizer implements Recognizer {
    private static final int MAX_NAME_WORDS = 5;
    private static final WordList MILITARY_POST = WordList.of("apo", "fpo", "dpo");
    private static final WordList MILITARY_UNIT = WordList.of("usns", "uss", "uscgc", "usngs", "psc", "unit", "cmr");

    @Override
    public String name() {
        return "street_address";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.ADDRESS);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        int coveredUntil = -1;
        for (int d = 0, numbers = text.digitTokenCount(); d < numbers; d++) {
            int k = text.digitToken(d);
            if (text.tokenStart(k) < coveredUntil
                    || !StreetWords.isHouseNumber(text, k) || glued(text, k)) {
                continue;
            }
            Finding f = numberFirst(text, k);
            if (f == null) {
                f = numberLast(text, k);
            }
            if (f == null) {
                f = box(text, k);
            }
            if (f != null && f.start() >= coveredUntil) {
                int end = AddressTail.extend(text, f.end(), f.score() < 0.7 || text.tokenHas(
                        text.tokenIndexAtOrAfter(f.start()), Text.FLAG_ALL_LOWER)); // "po box 1187, lowell ma 01853"
                out.add(f.withSpan(f.start(), end));
                coveredUntil = end;
            }
        }
    }

    /** {@code 221B Baker Street}, {@code 12 rue de Rivoli}: the number at token {@code k} comes first. */
    private Finding numberFirst(Text text, int k) {
        int n = text.tokenCount();
        int j = k + 1;
        // "12-14 Main St" ranges and the double numbers of some generated data ("36 29 Hornsey Road")
        if (j < n && text.tokenHas(j, Text.FLAG_ALL_DIGITS) && text.tokenLength(j) <= 5 && gap(text, j - 1, j)) {
            j++;
        }
        if (j < n && StreetWords.isDirectional(text, j) && gap(text, j - 1, j)
                && !text.tokenHas(j, Text.FLAG_ALL_LOWER)) {
            j++;
        }
        if (j >= n || !gap(text, j - 1, j)) {
            return null;
        }
        boolean lower = text.tokenHas(j, Text.FLAG_ALL_LOWER) && !text.tokenHas(j, Text.FLAG_HAS_DIGIT);
        int names = 0;
        int i = j;
        while (i < n && names <= MAX_NAME_WORDS && (i == j || gap(text, i - 1, i))) {
            boolean suffix = StreetWords.isSuffix(text, i) || StreetWords.hasStreetEnding(text, i);
            if (suffix && (names > 0 || StreetWords.hasStreetEnding(text, i) || text.tokenEquals(i, "broadway"))
                    && sameCase(text, i, lower) && (!lower || StreetWords.isLowerCaseType(text, i)
                            || names > 0 && commaAfter(text, text.tokenEnd(i)))) {
                // a street type can also be a name word: "Cedar Hill St", "Park Avenue", "Court Street"
                while (i + 1 < n && gap(text, i, i + 1) && StreetWords.isSuffix(text, i + 1)
                        && sameCase(text, i + 1, lower)) {
                    i++;
                }
                return street(text, k, i, lower, names);
            }
            if (!StreetWords.isNameWord(text, i, lower) || (lower && !text.tokenHas(i, Text.FLAG_ALL_LOWER)
                    && !text.tokenHas(i, Text.FLAG_HAS_DIGIT))) {
                break;
            }
            names++;
            i++;
        }
        if (StreetWords.isNumberFirstPrefix(text, j)) {
            return typeFirst(text, k, j, lower);
        }
        // no street type, but a unit line follows: "79 Adelianos Kambos\n Suite 477"
        if (names > 0 && !lower && i < n && StreetWords.UNIT.containsToken(text, i) && i + 1 < n
                && text.tokenHas(i + 1, Text.FLAG_HAS_DIGIT)) {
            return new Finding(EntityType.ADDRESS, text.tokenStart(k), text.tokenEnd(i - 1), 0.7, name());
        }
        return null;
    }

    /** Number {@code k} .. street type {@code i}, plus a directional or (Germanic form) a number after. */
    private Finding street(Text text, int k, int i, boolean lower, int names) {
        int end = text.tokenEnd(i);
        boolean abbreviated = StreetWords.isAbbreviated(text, i);
        if (lower && abbreviated && !(names > 0 && commaAfter(text, end)) || sentenceEndBetween(text, k, i)) {
            // "9 birch ln, gardner ma" stays: a named street with a town after its comma
            return null; // "5 dr" or "3 st" in lower-case prose, "BP 100s. Attending Dr. Brown": no address
        }
        if (i + 1 < text.tokenCount() && gap(text, i, i + 1) && text.tokenEquals(i + 1, "of")) {
            return null; // "12 BEAT RUN OF VT", "3 Square Meals of": a street's name is not followed by "of"
        }
        if (abbreviated && end < text.length() && text.charAt(end) == '.') {
            end++;
        }
        int n = text.tokenCount();
        if (i + 1 < n && gap(text, i, i + 1)) {
            if (StreetWords.isDirectional(text, i + 1) && text.tokenHas(i + 1, Text.FLAG_ALL_UPPER)) {
                end = text.tokenEnd(i + 1);
            } else if (StreetWords.hasStreetEnding(text, i) && StreetWords.isHouseNumber(text, i + 1)) {
                end = text.tokenEnd(i + 1);
            }
        }
        double score = lower ? 0.6 : abbreviated ? 0.75 : 0.85;
        return new Finding(EntityType.ADDRESS, text.tokenStart(k), end, score, name());
    }

    /** Whether a comma follows {@code end} (spaces allowed before it). */
    private static boolean commaAfter(Text text, int end) {
        String s = text.string();
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) == ',';
    }

    /** {@code 12 rue de Rivoli}: number, street type {@code j}, then name words. */
    private Finding typeFirst(Text text, int k, int j, boolean lower) {
        int n = text.tokenCount();
        int last = -1;
        for (int i = j + 1; i < n && i - j <= MAX_NAME_WORDS && gap(text, i - 1, i); i++) {
            if (StreetWords.isParticle(text, i)) {
                continue;
            }
            if (!StreetWords.isNameWord(text, i, lower)) {
                break;
            }
            last = i;
        }
        if (last < 0) {
            return null;
        }
        return new Finding(EntityType.ADDRESS, text.tokenStart(k), text.tokenEnd(last), lower ? 0.6 : 0.75, name());
    }

    /** {@code Hauptstraße 5}, {@code Frankfurter Allee 73}, {@code Via Roma 10}: the number at {@code k} comes last. */
    private Finding numberLast(Text text, int k) {
        int p = k - 1;
        if (p < 0 || !gap(text, p, k) || !text.tokenHas(p, Text.FLAG_HAS_LETTER)) {
            return null;
        }
        boolean lower = text.tokenHas(p, Text.FLAG_ALL_LOWER);
        if (StreetWords.hasStreetEnding(text, p)) {
            int start = p;
            boolean wordOnly = text.tokenLength(p) <= 7 && !glueEnding(text, p);
            if (wordOnly) {
                // a separate street word needs the name before it: "Frankfurter Allee", "Kurfürstendamm" is glued
                if (p < 1 || !gap(text, p - 1, p) || !StreetWords.isNameWord(text, p - 1, lower)) {
                    return null;
                }
                start = p - 1;
            } else if (p >= 1 && gap(text, p - 1, p) && StreetWords.isNameWord(text, p - 1, false)
                    && !text.tokenHas(p - 1, Text.FLAG_ALL_LOWER)) {
                start = p - 1; // "Korte Noordsstraat"
            }
            if (!lower || text.tokenHas(start, Text.FLAG_ALL_LOWER)) {
                return new Finding(EntityType.ADDRESS, text.tokenStart(start), text.tokenEnd(k), lower ? 0.6 : 0.8,
                        name());
            }
            return null;
        }
        // a street type first, then names, then the number: "Via Roma 10", "Calle Mayor 5", "rue de Rivoli 12"
        int i = p;
        while (i >= 0 && p - i < MAX_NAME_WORDS && (StreetWords.isNameWord(text, i, lower)
                || StreetWords.isParticle(text, i))) {
            if (i < p && prefixAt(text, i, lower) && !sentenceEndBetween(text, i, k)) {
                return new Finding(EntityType.ADDRESS, text.tokenStart(i), text.tokenEnd(k), lower ? 0.6 : 0.75,
                        name());
            }
            if (i == 0 || !gap(text, i - 1, i)) {
                break;
            }
            i--;
        }
        if (i >= 0 && i < p && prefixAt(text, i, lower) && !sentenceEndBetween(text, i, k)) {
            return new Finding(EntityType.ADDRESS, text.tokenStart(i), text.tokenEnd(k), lower ? 0.6 : 0.75, name());
        }
        return null;
    }

    /**
     * "via PICC. bladder pressure 14", "RR 22. Attending Dr. Bell": a period and a space between
     * the street type and the number, after a number or a word of three letters or more (not the
     * "St." of "12 St. Mary's Road").
     */
    private static boolean sentenceEndBetween(Text text, int i, int k) {
        String s = text.string();
        int limit = text.tokenStart(k);
        for (int idx = s.indexOf(". ", text.tokenStart(i)); idx >= 0 && idx < limit; idx = s.indexOf(". ", idx + 1)) {
            int w = idx;
            while (w > 0 && Character.isLetterOrDigit(s.charAt(w - 1))) {
                w--;
            }
            // "ave. ": an abbreviation; "7. ", "6L. TOL WELL" (six litres): a number ends the sentence
            if (idx - w >= 3 || idx > w && (Character.isDigit(s.charAt(idx - 1)) || Character.isDigit(s.charAt(w)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A street type written before the name, capitalised unless the line is in lower case: "Via
     * Roma 10", while "adm via ED 9/5" and "self and place. Na 136" are no addresses.
     */
    private static boolean prefixAt(Text text, int i, boolean lower) {
        boolean capital = Character.isUpperCase(text.string().charAt(text.tokenStart(i)));
        // "voiding via foley 50", "notified via pager 44913": an English word is a street type in lower
        // case only after a preposition of place ("lives at via roma 10")
        return StreetWords.isPrefix(text, i) && (capital || lower && (!ENGLISH_PREFIXES.containsToken(text, i)
                || i > 0 && AT_ON_IN.containsToken(text, i - 1)));
    }

    private static final WordList AT_ON_IN = WordList.of("at", "on", "in");

    /** Street types written before the name that are also English words: "via", "place", "route". */
    private static final WordList ENGLISH_PREFIXES = WordList.of("via", "avenue", "boulevard", "place", "plaza",
            "route", "cours");

    /**
     * {@code P.O. Box 123}, {@code PO Box 123}, {@code POB 123}, {@code PSC 1234, Box 5678},
     * {@code Unit 9104 Box 2779}, and military post {@code APO AE 09012}.
     */
    private Finding box(Text text, int k) {
        int p = k - 1;
        if (p < 0 || !gap(text, p, k)) {
            return null;
        }
        if (text.tokenLength(k) == 5 && PostalCodes.isStateCode(text, p) && p >= 1 && gap(text, p - 1, p)
                && MILITARY_POST.containsToken(text, p - 1)) {
            return military(text, p - 1, k);
        }
        if (text.tokenEquals(p, "pob")) {
            return new Finding(EntityType.ADDRESS, text.tokenStart(p), text.tokenEnd(k), 0.8, name());
        }
        if (!text.tokenEquals(p, "box") || p < 1) {
            return null;
        }
        int q = p - 1;
        int start = -1;
        if (text.tokenEquals(q, "po") || (text.tokenEquals(q, "o") && q >= 1 && text.tokenEquals(q - 1, "p"))) {
            start = text.tokenEquals(q, "po") ? q : q - 1;
        } else if (text.tokenEquals(q, "office") && q >= 1 && text.tokenEquals(q - 1, "post")) {
            start = q - 1;
        } else if (q >= 1 && text.tokenHas(q, Text.FLAG_ALL_DIGITS)
                && MILITARY_UNIT.containsToken(text, q - 1)) {
            start = q - 1;
        }
        if (start < 0 || text.tokenStart(p) - text.tokenEnd(q) > 3) {
            return null;
        }
        return new Finding(EntityType.ADDRESS, text.tokenStart(start), text.tokenEnd(k), 0.8, name());
    }

    /** {@code APO AE 09012} at tokens {@code post..k}, with the ship or unit line before it if there is one. */
    private Finding military(Text text, int post, int k) {
        int start = post;
        for (int i = post - 1; i >= 0 && post - i <= 4; i--) {
            if (MILITARY_UNIT.containsToken(text, i)) {
                start = i;
                break;
            }
        }
        return new Finding(EntityType.ADDRESS, text.tokenStart(start), text.tokenEnd(k), 0.85, name());
    }

    /** True if the name ends glued with a street word ("Hauptstraße") rather than being the word itself. */
    private static boolean glueEnding(Text text, int k) {
        return !StreetWords.isSuffix(text, k) && text.tokenLength(k) > 6;
    }

    private static boolean sameCase(Text text, int k, boolean lower) {
        return !lower || text.tokenHas(k, Text.FLAG_ALL_LOWER);
    }

    /** Tokens {@code a} and {@code b} are neighbours on one line. */
    private static boolean gap(Text text, int a, int b) {
        return StreetWords.inLine(text, text.tokenEnd(a), text.tokenStart(b));
    }

    /** A number glued to a preceding '$', '#', '/', ':' or digit group is an amount or code, not a house number. */
    private static boolean glued(Text text, int k) {
        int a = text.tokenStart(k);
        if (a == 0) {
            return false;
        }
        char c = text.charAt(a - 1);
        return "$#/:.,-+%€£".indexOf(c) >= 0;
    }
}
