package dev.veil.monitor.screen;

/**
 * The Cyrillic and Greek letters most used to disguise Latin words (a subset of Unicode's
 * confusables.txt for lower- and upper-case letters that render identically in common fonts).
 */
final class Confusables {
    private Confusables() {
    }

    /** The Latin letter {@code cp} imitates, or 0 if it is not a known look-alike. */
    static char latin(int cp) {
        return switch (cp) {
            case 0x0430, 0x0410, 0x03B1, 0x0391 -> 'a';
            case 0x0432, 0x0412, 0x0392, 0x03B2 -> 'b';
            case 0x0441, 0x0421, 0x03F2 -> 'c';
            case 0x0435, 0x0415, 0x03B5, 0x0395 -> 'e';
            case 0x041D, 0x0397 -> 'h';
            case 0x0456, 0x0406, 0x03B9, 0x0399 -> 'i';
            case 0x0458, 0x0408 -> 'j';
            case 0x043A, 0x041A, 0x03BA, 0x039A -> 'k';
            case 0x041C, 0x039C -> 'm';
            case 0x03B7, 0x039D -> 'n';
            case 0x043E, 0x041E, 0x03BF, 0x039F -> 'o';
            case 0x0440, 0x0420, 0x03C1, 0x03A1 -> 'p';
            case 0x0455, 0x0405 -> 's';
            case 0x0422, 0x03C4, 0x03A4 -> 't';
            case 0x03C5, 0x03BD -> 'v';
            case 0x0445, 0x0425, 0x03C7, 0x03A7 -> 'x';
            case 0x0443, 0x0423, 0x03B3, 0x03A5 -> 'y';
            case 0x0396 -> 'z';
            default -> 0;
        };
    }
}
