package dev.veil.detect.checksum;

/** The Luhn (mod 10) check used by card numbers, NPI, IMEI and others. */
public final class Luhn {
    private Luhn() {
    }

    /** True if the ASCII digits {@code d[0..len)} pass the Luhn check. */
    public static boolean isValid(char[] d, int len) {
        if (len < 2) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = len - 1; i >= 0; i--) {
            int x = d[i] - '0';
            if (x < 0 || x > 9) {
                return false;
            }
            if (dbl) {
                x *= 2;
                if (x > 9) {
                    x -= 9;
                }
            }
            sum += x;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    public static boolean isValid(CharSequence digits) {
        char[] d = new char[digits.length()];
        for (int i = 0; i < d.length; i++) {
            d[i] = digits.charAt(i);
        }
        return isValid(d, d.length);
    }

    /** The check digit to append to {@code payload} (ASCII digits) so the whole passes Luhn. */
    public static char checkDigit(CharSequence payload) {
        int sum = 0;
        boolean dbl = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int x = payload.charAt(i) - '0';
            if (x < 0 || x > 9) {
                throw new IllegalArgumentException("payload must be ASCII digits");
            }
            if (dbl) {
                x *= 2;
                if (x > 9) {
                    x -= 9;
                }
            }
            sum += x;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
