package dev.veil.detect.checksum;

/** Small digit helpers shared by the validators. */
final class Digits {
    private Digits() {
    }

    static boolean allAscii(char[] d, int len) {
        for (int i = 0; i < len; i++) {
            if (d[i] < '0' || d[i] > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean allAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of {@code d[from..from+n)} as an int; digits must be ASCII. */
    static int value(char[] d, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            v = v * 10 + (d[i] - '0');
        }
        return v;
    }
}
