package dev.veil.monitor.screen;

import static dev.veil.monitor.screen.ScreenCategory.HIDDEN_TEXT;

import java.util.List;

/**
 * Finds characters that hide text from a human reader: Unicode tag characters (invisible ASCII),
 * zero-width characters, long runs of variation selectors and bidi controls.
 *
 * <p>Legitimate uses are left alone so that ordinary multilingual text and emoji pass: tag
 * characters inside an emoji flag sequence (U+1F3F4 ... U+E007F), ZWJ inside emoji sequences and
 * ZWJ/ZWNJ between letters of scripts that need them (Arabic, Persian, Indic), a leading BOM, a
 * soft hyphen inside a word, single variation selectors after emoji, and bidi controls in text
 * that contains right-to-left letters score low.
 */
final class HiddenTextScanner {
    static final String TAGS = "hidden.tag_characters";
    static final String ZERO_WIDTH = "hidden.zero_width";
    static final String VARIATION = "hidden.variation_selectors";
    static final String BIDI = "hidden.bidi_control";

    private HiddenTextScanner() {
    }

    /** Adds detections for {@code s}. Returns the ASCII text decoded from tag characters ("" if none). */
    static String scan(String s, List<Detection> out) {
        int zwCount = 0;
        int zwFirst = -1;
        int zwLast = -1;
        int bidiCount = 0;
        boolean bidiOverride = false;
        int bidiFirst = -1;
        int bidiLast = -1;
        boolean rtl = false;
        StringBuilder tagText = new StringBuilder();
        int tagFirst = -1;
        int tagLast = -1;
        boolean inFlag = false;
        int vsRun = 0;
        int vsRunStart = -1;
        int n = s.length();
        int prevCp = -1;
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Invisible.isTag(cp)) {
                if (!inFlag) {
                    if (cp >= 0xE0020 && cp <= 0xE007E) {
                        tagText.append((char) (cp - 0xE0000));
                    }
                    tagFirst = tagFirst < 0 ? i : tagFirst;
                    tagLast = next;
                }
                if (cp == 0xE007F) {
                    inFlag = false;
                }
            } else {
                inFlag = cp == 0x1F3F4;
            }
            if (Invisible.isVariationSelector(cp)) {
                if (vsRun == 0) {
                    vsRunStart = i;
                }
                vsRun++;
                if (vsRun == 4) {
                    out.add(new Detection(HIDDEN_TEXT, VARIATION, 0.85, vsRunStart, next));
                }
            } else {
                vsRun = 0;
            }
            if (Invisible.isZeroWidth(cp) && !legitimateJoiner(s, i, cp, prevCp, next)) {
                zwCount++;
                zwFirst = zwFirst < 0 ? i : zwFirst;
                zwLast = next;
            }
            if (Invisible.isBidiControl(cp)) {
                bidiCount++;
                bidiOverride |= cp == 0x202D || cp == 0x202E;
                bidiFirst = bidiFirst < 0 ? i : bidiFirst;
                bidiLast = next;
            }
            if (!rtl && cp >= 0x0590 && cp <= 0x08FF) {
                rtl = true;
            }
            prevCp = cp;
            i = next;
        }
        if (tagFirst >= 0) {
            out.add(new Detection(HIDDEN_TEXT, TAGS, 0.95, tagFirst, tagLast));
        }
        if (zwCount > 0) {
            // One stray zero-width space comes with copy-paste from web pages; many of them, or
            // ones splitting words, are how text is hidden or filters are dodged.
            double score = Math.min(0.95, zwCount == 1 ? 0.3 : zwCount == 2 ? 0.4 : 0.5 + 0.05 * (zwCount - 3));
            out.add(new Detection(HIDDEN_TEXT, ZERO_WIDTH, score, zwFirst, zwLast));
        }
        if (bidiCount > 0) {
            double score = rtl ? 0.3 : bidiOverride ? 0.75 : 0.6;
            out.add(new Detection(HIDDEN_TEXT, BIDI, score, bidiFirst, bidiLast));
        }
        return tagText.toString();
    }

    private static boolean legitimateJoiner(String s, int i, int cp, int prevCp, int next) {
        if (cp == 0xFEFF && i == 0) {
            return true; // byte order mark
        }
        int nextCp = next < s.length() ? s.codePointAt(next) : -1;
        if (cp == 0x00AD) {
            return prevCp >= 0 && nextCp >= 0 && Character.isLetter(prevCp) && Character.isLetter(nextCp);
        }
        if (cp == 0x200D || cp == 0x200C) {
            if (cp == 0x200D && (isEmoji(prevCp) || isEmoji(nextCp))) {
                return true;
            }
            return needsJoiners(prevCp) || needsJoiners(nextCp);
        }
        return false;
    }

    private static boolean isEmoji(int cp) {
        return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** Scripts whose orthography uses ZWJ/ZWNJ: Arabic, Syriac, Indic, Sinhala, Myanmar, Khmer, Mongolian. */
    private static boolean needsJoiners(int cp) {
        return (cp >= 0x0600 && cp <= 0x08FF) || (cp >= 0x0900 && cp <= 0x0DFF)
                || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x18AF) || (cp >= 0xA8E0 && cp <= 0xA8FF);
    }
}
