package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Hospital pager and internal extension numbers, which clinical notes write with 4 or 5 digits
 * and which {@link PhoneRecognizer} (6 digits at least) never sees: {@code pager 4-2281},
 * {@code pgr #3-5876}, {@code ext. 4412}, and the extension glued to an "x" after a name or a
 * paging note ({@code Karen Lutz RN CM x4412}, {@code PAGED x6-2210}). They reach a person as a
 * phone number does, and clinical de-identification corpora label them PHONE.
 *
 * <p>Only two shapes count, 4-5 digits or 1-2 digits, a hyphen and 4 digits, so the short numbers
 * of a bedside note stay out: "x2" and "x4 extremities" (times, limbs), "4-5 days", "3-4 L NC",
 * "q4-6h". After a pager word the value is the number right after it (a '#' or ':' may sit
 * between); "page" alone, which also numbers a document's pages, needs the hyphenated shape.
 */
public final class PagerRecognizer implements Recognizer {
    /** After a pager or extension word: the label is the evidence. */
    static final double CUED = 0.7;
    /** "x6-2210": the hyphenated hospital extension after an "x". */
    static final double X_HYPHEN = 0.6;
    /** "x4412": also plain digits after an "x", a little less sure ("x1000" could be a factor). */
    static final double X_PLAIN = 0.55;
    private static final WordList CUES = WordList.of("pager", "pgr", "beeper", "bpr", "ext", "extension", "paged");
    private static final WordList HYPHEN_ONLY_CUES = WordList.of("page");
    /** Units after a number: "x1000 ml" is a quantity. */
    private static final WordList UNITS = WordList.of("ml", "cc", "mg", "mcg", "g", "kg", "units", "u", "l", "cells");

    @Override
    public String name() {
        return "phone_internal";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PHONE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.string();
        for (int d = 0, n = text.digitTokenCount(); d < n; d++) {
            int k = text.digitToken(d);
            int a = text.tokenStart(k);
            if (text.tokenHas(k, Text.FLAG_ALL_DIGITS)) {
                int cue = cueBefore(text, k);
                if (cue < 0 || a > 0 && DateParts.isDigit(s.charAt(a - 1))) {
                    continue;
                }
                int end = valueEnd(text, k, a, !HYPHEN_ONLY_CUES.containsToken(text, cue));
                if (end > 0) {
                    out.add(new Finding(EntityType.PHONE, a, end, CUED, name()));
                }
            } else if ((s.charAt(a) == 'x' || s.charAt(a) == 'X') && text.tokenHas(k, Text.FLAG_HAS_DIGIT)
                    && allDigits(s, a + 1, text.tokenEnd(k)) && (a == 0 || " (,;".indexOf(s.charAt(a - 1)) >= 0)) {
                // "x4412", "x6-2210": the digits start right after the "x"
                int end = valueEnd(text, k, a + 1, true);
                if (end > 0 && !unitAfter(text, end)) {
                    boolean hyphen = end > text.tokenEnd(k);
                    out.add(new Finding(EntityType.PHONE, a, end, hyphen ? X_HYPHEN : X_PLAIN, name()));
                }
            }
        }
    }

    /**
     * End of a pager value whose digits start at {@code a} inside token {@code k}: "d-dddd" or
     * "dd-dddd" (the hyphen joining token {@code k} to a 4-digit token), or, when {@code plain},
     * 4-5 digits; -1 if neither, or if more digits or separators continue it (a phone number, a
     * date, a range).
     */
    private static int valueEnd(Text text, int k, int a, boolean plain) {
        String s = text.string();
        int b = text.tokenEnd(k);
        int len = b - a;
        if (len <= 2 && b + 5 <= s.length() && s.charAt(b) == '-' && k + 1 < text.tokenCount()
                && text.tokenStart(k + 1) == b + 1 && text.tokenLength(k + 1) == 4
                && text.tokenHas(k + 1, Text.FLAG_ALL_DIGITS)) {
            int end = b + 5;
            return continues(s, end) ? -1 : end;
        }
        return plain && len >= 4 && len <= 5 && !continues(s, b) ? b : -1;
    }

    /** A separator and a digit after the value: it is part of something longer ("4-2281-7", "4412/5"). */
    private static boolean continues(String s, int end) {
        return end + 1 < s.length() && "-/.:".indexOf(s.charAt(end)) >= 0 && DateParts.isDigit(s.charAt(end + 1));
    }

    /** Index of a pager word right before token {@code k}, with only spaces, '#', ':' or '.' between; or -1. */
    private static int cueBefore(Text text, int k) {
        if (k == 0) {
            return -1;
        }
        int p = k - 1;
        int gap = text.tokenStart(k) - text.tokenEnd(p);
        if (gap < 1 || gap > 3) {
            return -1;
        }
        for (int i = text.tokenEnd(p); i < text.tokenStart(k); i++) {
            if (" #:.".indexOf(text.charAt(i)) < 0) {
                return -1;
            }
        }
        return CUES.containsToken(text, p) || HYPHEN_ONLY_CUES.containsToken(text, p) ? p : -1;
    }

    private static boolean unitAfter(Text text, int end) {
        int k = text.tokenIndexAtOrAfter(end);
        return k < text.tokenCount() && text.tokenStart(k) - end <= 1 && UNITS.containsToken(text, k);
    }

    private static boolean allDigits(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!DateParts.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return b > a;
    }
}
