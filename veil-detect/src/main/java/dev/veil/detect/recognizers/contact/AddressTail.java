package dev.veil.detect.recognizers.contact;

import dev.veil.detect.Text;

/**
 * Grows a street line over the parts of a postal address that follow it, so that
 * <pre>
 * 123 Main Street, Apt. 4B
 * Springfield, IL 62704
 * USA
 * </pre>
 * is one ADDRESS span. Segments are separated by spaces, one comma or line breaks; each must be
 * one of: a unit ({@code Apt. 4B}, {@code Suite 200}, {@code #12}), a postal code, a state or
 * region code ({@code IL}, {@code ZH}, {@code FPO}), a run of capitalised words (a city or
 * country, particles such as "of the" allowed) that ends at a segment break, or one word followed
 * by a postal code. Lower-case words are accepted only after a line break in an all-lower-case
 * address. A blank line ends the block, and salutations and honorifics ("Dear", "Ms") are never
 * place words. A segment followed by ordinary lower-case prose ("..., John said") is not taken, and
 * growth stops there.
 */
final class AddressTail {
    static final int MAX_SEGMENTS = 6;
    static final int MAX_GROWTH = 160;
    static final int MAX_WORDS = 6;
    /** Words that open a letter or a line of prose, never a place name ("Dear Ms." is not a city and state). */
    private static final WordList NOT_PLACE = WordList.of("dear", "hi", "hello", "attn", "attention", "re", "subject",
            "mr", "ms", "mrs", "mx", "dr", "miss", "sincerely", "regards", "thanks", "tel", "phone", "email", "fax");

    private AddressTail() {
    }

    /** The new end of an address whose street part ends at {@code end}. */
    static int extend(Text text, int end, boolean lowerCase) {
        String s = text.string();
        int n = s.length();
        int pos = end;
        for (int seg = 0; seg < MAX_SEGMENTS && pos - end < MAX_GROWTH; seg++) {
            int i = pos;
            boolean comma = false;
            boolean newline = false;
            int newlines = 0;
            while (i < n && i - pos < 8) {
                char c = s.charAt(i);
                if (c == ',') {
                    if (comma) {
                        break;
                    }
                    comma = true;
                } else if (c == '\n') {
                    newline = true;
                    newlines++;
                } else if (c != ' ' && c != '\r' && c != '\t' && c != '\u00a0') {
                    break;
                }
                i++;
            }
            // a blank line ends a postal block: what follows is a new paragraph ("Dear Ms. ...")
            if (i == pos || i >= n || newlines > 1) {
                break;
            }
            int k = text.tokenIndexAtOrAfter(i);
            int segEnd;
            if (s.charAt(i) == '#' && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
                segEnd = text.tokenEnd(text.tokenIndexAtOrAfter(i + 1));
            } else if (k >= text.tokenCount() || text.tokenStart(k) != i) {
                break;
            } else {
                segEnd = segment(text, k, lowerCase && newline, lowerCase);
            }
            if (segEnd < 0) {
                break;
            }
            pos = segEnd;
        }
        return pos;
    }

    /** End of the segment starting at token {@code k}, or -1 if it is not part of an address. */
    private static int segment(Text text, int k, boolean lowerAllowed, boolean lowerStreet) {
        int n = text.tokenCount();
        if (lowerStreet) {
            int town = lowerTownStateZip(text, k);
            if (town > 0) {
                return town; // "9 birch ln, gardner ma 01440": the state code and ZIP make it a town
            }
        }
        if (StreetWords.UNIT.containsToken(text, k) && k + 1 < n) {
            int gap = text.tokenStart(k + 1) - text.tokenEnd(k);
            if (gap >= 1 && gap <= 3 && unitGap(text, text.tokenEnd(k), text.tokenStart(k + 1))
                    && text.tokenLength(k + 1) <= 6 && (text.tokenHas(k + 1, Text.FLAG_HAS_DIGIT)
                    || text.tokenLength(k + 1) == 1)) {
                return text.tokenEnd(k + 1);
            }
        }
        int postal = PostalCodes.anyEnd(text, k);
        if (postal > 0) {
            return postal;
        }
        if (text.tokenHas(k, Text.FLAG_ALL_UPPER) && !text.tokenHas(k, Text.FLAG_HAS_DIGIT)
                && text.tokenLength(k) <= 3 && endsSegment(text, text.tokenEnd(k), k)) {
            return text.tokenEnd(k); // a state or region code: "IL", "ZH", "FPO"
        }
        // one word and a postal code: "Springfield 62704", "nan 80815"
        if (k + 1 < n && text.tokenHas(k, Text.FLAG_HAS_LETTER) && text.tokenStart(k + 1) - text.tokenEnd(k) == 1) {
            int p = PostalCodes.anyEnd(text, k + 1);
            if (p > 0) {
                return p;
            }
        }
        return words(text, k, lowerAllowed);
    }

    /** "gardner ma 01440": one to three lower-case words, a state code in any case and a ZIP, one space apart. */
    private static int lowerTownStateZip(Text text, int k) {
        int n = text.tokenCount();
        for (int i = k + 1; i + 1 < n && i - k <= 3; i++) {
            int w = i - 1;
            if (!text.tokenHas(w, Text.FLAG_ALL_LOWER) || text.tokenHas(w, Text.FLAG_HAS_DIGIT)
                    || text.tokenStart(i) - text.tokenEnd(w) != 1 || text.charAt(text.tokenEnd(w)) != ' ') {
                return -1;
            }
            if (PostalCodes.isStateCodeAnyCase(text, i) && text.tokenStart(i + 1) - text.tokenEnd(i) == 1
                    && text.charAt(text.tokenEnd(i)) == ' ') {
                int zip = PostalCodes.usEnd(text, i + 1);
                if (zip > 0) {
                    return zip;
                }
            }
        }
        return -1;
    }

    /** A run of capitalised words (a place name) that ends where the segment ends. */
    private static int words(Text text, int k, boolean lowerAllowed) {
        int n = text.tokenCount();
        int last = -1;
        for (int i = k; i < n && i - k < MAX_WORDS; i++) {
            if (i > k && !sameLine(text, i - 1, i)) {
                break;
            }
            int f = text.tokenFlags(i);
            if (NOT_PLACE.containsToken(text, i)) {
                return -1;
            }
            boolean capital = (f & (Text.FLAG_INITIAL_UPPER | Text.FLAG_ALL_UPPER)) != 0
                    && (f & Text.FLAG_HAS_DIGIT) == 0;
            boolean particle = i > k && StreetWords.isParticle(text, i);
            boolean lower = lowerAllowed && (f & Text.FLAG_ALL_LOWER) != 0 && !StreetWords.isStop(text, i);
            if (!(capital || particle || lower)) {
                return -1; // the line goes on in prose: not an address part
            }
            if (!particle) {
                last = i;
            }
            if (endsSegment(text, text.tokenEnd(i), i)) {
                return last == i ? text.tokenEnd(i) : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a segment may end at {@code end} (after token {@code k}): end of text, a comma, a
     * line break, a sentence stop, or a postal code or state code next on the line.
     */
    private static boolean endsSegment(Text text, int end, int k) {
        String s = text.string();
        int i = end;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00a0')) {
            i++;
        }
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        if (c == ',' || c == '\n' || c == '\r' || c == '.' || c == ';' || c == ')') {
            return true;
        }
        int next = k + 1;
        return next < text.tokenCount() && text.tokenStart(next) == i
                && (PostalCodes.anyEnd(text, next) > 0 || PostalCodes.isStateCode(text, next));
    }

    private static boolean sameLine(Text text, int a, int b) {
        int from = text.tokenEnd(a);
        int to = text.tokenStart(b);
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '\'' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean unitGap(Text text, int a, int b) {
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '.' && c != '#' && c != ':') {
                return false;
            }
        }
        return true;
    }
}
