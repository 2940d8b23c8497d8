package dev.veil.monitor.screen;

import java.util.Objects;

/**
 * One rule that fired on a prompt: its category, the rule id, a score in [0, 1] and the span of
 * the prompt it covers. Holds no text, so it is safe to log, return to callers and audit.
 *
 * @param category the screening category
 * @param rule     stable rule id, e.g. {@code inj.ignore_previous}, {@code cred.private_key}
 * @param score    confidence in [0, 1]
 * @param start    first char of the span in the original prompt (inclusive)
 * @param end      end of the span (exclusive); {@code start == end} for whole-prompt signals
 */
public record Detection(ScreenCategory category, String rule, double score, int start, int end) {

    public Detection {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of [0,1]");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span");
        }
    }

    /** A short reason for humans: rule id and score, never any text. */
    public String reason() {
        return category.id() + ":" + rule + String.format(java.util.Locale.ROOT, "(%.2f)", score);
    }
}
