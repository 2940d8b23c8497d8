package dev.veil.monitor.screen;

/**
 * Classifies the code points that render as nothing (or reorder what is rendered) and so can hide
 * instructions from a human reviewer while the model still reads them.
 */
final class Invisible {
    private Invisible() {
    }

    /** Zero-width and other default-ignorable format characters (not counting bidi controls). */
    static boolean isZeroWidth(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0x2061
                || cp == 0x2062 || cp == 0x2063 || cp == 0x2064 || cp == 0xFEFF || cp == 0x180E
                || cp == 0x00AD || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0;
    }

    /** Bidi embedding, override and isolate controls (Trojan Source, CVE-2021-42574). */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Unicode tag characters: invisible copies of ASCII, used for "ASCII smuggling". */
    static boolean isTag(int cp) {
        return cp >= 0xE0000 && cp <= 0xE007F;
    }

    static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Everything normalisation drops before phrase matching. */
    static boolean isInvisible(int cp) {
        return isZeroWidth(cp) || isBidiControl(cp) || isTag(cp) || isVariationSelector(cp)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }
}
