package dev.veil.monitor.screen;

import java.util.Locale;
import java.util.Optional;

/**
 * What screening does about a category that fired. Ordered by strength: when several categories
 * fire, the strongest action decides the request's fate.
 */
public enum ScreenAction {
    /** Let the prompt through unchanged and raise nothing (the detection is still reported). */
    ALLOW,
    /** Let the prompt through unchanged and raise an alert. */
    ALERT,
    /** Remove the offending spans (credentials, invisible characters, encoded blobs, phrases), then alert. */
    MASK,
    /** Refuse the request and alert. */
    BLOCK;

    public static Optional<ScreenAction> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
