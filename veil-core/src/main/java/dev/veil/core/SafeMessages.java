package dev.veil.core;

/**
 * Helpers for error messages that must not echo user content. Use these instead of concatenating
 * input into exception messages.
 */
public final class SafeMessages {
    private SafeMessages() {
    }

    /** Describes a value by its shape only: length and character classes, never content. */
    public static String describe(CharSequence s) {
        if (s == null) {
            return "null";
        }
        int letters = 0;
        int digits = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else {
                other++;
            }
        }
        return "<" + s.length() + " chars: " + letters + " letters, " + digits + " digits, " + other + " other>";
    }
}
