package dev.veil.detect.recognizers.contact;

import dev.veil.detect.Text;

/**
 * Postal-code shapes and US state names, shared by the ZIP and street-address recognizers. Each
 * {@code ...End} method takes a token index and returns the end offset of the code starting
 * there, or -1.
 */
final class PostalCodes {
    /** USPS state and territory codes, plus the military "states" AA, AE and AP. */
    private static final WordList STATE_CODES = WordList.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC",
            "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO",
            "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
            "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP");
    /** State names; for two-word names the last word, which is what precedes the ZIP. */
    private static final WordList STATE_NAMES = WordList.of("alabama", "alaska", "arizona", "arkansas",
            "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho",
            "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts",
            "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "hampshire",
            "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "island", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
            "columbia", "rico", "guam");
    /** Letters that never occur in UK inward codes. */
    private static final String UK_INWARD_EXCLUDED = "CIKMOV";
    /** Letters that never occur in Canadian postal codes. */
    private static final String CA_EXCLUDED = "DFIOQU";

    private PostalCodes() {
    }

    /** An upper-case USPS state code token ("CA", not "ca": lower-case ones are common words). */
    static boolean isStateCode(Text text, int k) {
        return k >= 0 && k < text.tokenCount() && text.tokenLength(k) == 2 && text.tokenHas(k, Text.FLAG_ALL_UPPER)
                && STATE_CODES.containsToken(text, k);
    }

    /** A USPS state code token in any case ("ma" before a ZIP, in a note typed in lower case). */
    static boolean isStateCodeAnyCase(Text text, int k) {
        return k >= 0 && k < text.tokenCount() && text.tokenLength(k) == 2 && STATE_CODES.containsToken(text, k);
    }

    /** A capitalised state name token (or the last word of one). */
    static boolean isStateName(Text text, int k) {
        return k >= 0 && k < text.tokenCount() && text.tokenHas(k, Text.FLAG_INITIAL_UPPER)
                && STATE_NAMES.containsToken(text, k);
    }

    /** US ZIP or ZIP+4 at token {@code k}: five digits, optionally "-" and four digits. */
    static int usEnd(Text text, int k) {
        if (k < 0 || k >= text.tokenCount() || text.tokenLength(k) != 5 || !text.tokenHas(k, Text.FLAG_ALL_DIGITS)) {
            return -1;
        }
        int end = text.tokenEnd(k);
        String s = text.string();
        if (end + 5 <= s.length() && s.charAt(end) == '-' && DateParts.digitsEnd(s, end + 1, 5) == end + 5
                && (end + 5 == s.length() || !Character.isLetterOrDigit(s.charAt(end + 5)))) {
            return end + 5;
        }
        return end < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '.') && end + 1 < s.length()
                && DateParts.isDigit(s.charAt(end + 1)) ? -1 : end;
    }

    /** UK postcode at token {@code k}: outward code (A9, A99, AA9, AA99, A9A, AA9A), a space, inward code (9AA). */
    static int ukEnd(Text text, int k) {
        if (k < 0 || k + 1 >= text.tokenCount()) {
            return -1;
        }
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        int c = text.tokenStart(k + 1);
        int d = text.tokenEnd(k + 1);
        if (c - b != 1 || text.charAt(b) != ' ' || d - c != 3 || !outward(text.string(), a, b)) {
            return -1;
        }
        String s = text.string();
        return isDigit(s.charAt(c)) && inwardLetter(s.charAt(c + 1)) && inwardLetter(s.charAt(c + 2)) ? d : -1;
    }

    private static boolean outward(String s, int a, int b) {
        int len = b - a;
        if (len < 2 || len > 4 || !isUpper(s.charAt(a))) {
            return false;
        }
        int i = a + 1;
        if (isUpper(s.charAt(i))) {
            i++;
        }
        if (i >= b || !isDigit(s.charAt(i))) {
            return false;
        }
        i++;
        if (i < b && (isDigit(s.charAt(i)) || isUpper(s.charAt(i)))) {
            i++;
        }
        return i == b;
    }

    /** Canadian postal code at token {@code k}: A9A 9A9. */
    static int caEnd(Text text, int k) {
        if (k < 0 || k + 1 >= text.tokenCount()) {
            return -1;
        }
        int a = text.tokenStart(k);
        int c = text.tokenStart(k + 1);
        if (text.tokenLength(k) != 3 || text.tokenLength(k + 1) != 3 || c - text.tokenEnd(k) != 1
                || text.charAt(c - 1) != ' ') {
            return -1;
        }
        String s = text.string();
        boolean ok = caLetter(s.charAt(a)) && s.charAt(a) != 'W' && s.charAt(a) != 'Z' && isDigit(s.charAt(a + 1))
                && caLetter(s.charAt(a + 2)) && isDigit(s.charAt(c)) && caLetter(s.charAt(c + 1))
                && isDigit(s.charAt(c + 2));
        return ok ? text.tokenEnd(k + 1) : -1;
    }

    /** Any of the postal codes above at token {@code k}, or -1. */
    static int anyEnd(Text text, int k) {
        int e = usEnd(text, k);
        if (e < 0) {
            e = ukEnd(text, k);
        }
        return e < 0 ? caEnd(text, k) : e;
    }

    private static boolean inwardLetter(char c) {
        return isUpper(c) && UK_INWARD_EXCLUDED.indexOf(c) < 0;
    }

    private static boolean caLetter(char c) {
        return isUpper(c) && CA_EXCLUDED.indexOf(c) < 0;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
