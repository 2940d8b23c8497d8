package dev.veil.detect.recognizers.secrets;

import java.util.Objects;

/**
 * One provider token format: a fixed, case-sensitive prefix followed by a body of
 * {@code minBody..maxBody} characters of one class, optionally checked further by a
 * {@link Shape}. The whole token (prefix included) is the finding.
 *
 * @param provider human-readable provider and token kind, for documentation and tests
 * @param prefix   the literal the token starts with, e.g. {@code ghp_}
 * @param body     class of every character after the prefix
 * @param minBody  fewest body characters
 * @param maxBody  most body characters; a longer run is not this token
 * @param score    confidence when the format matches
 * @param shape    extra structural check over the whole token, or {@link Shape#ANY}
 */
record ProviderRule(String provider, String prefix, CharClass body, int minBody, int maxBody, double score,
                    Shape shape) {

    /** A structural check over {@code s[start, end)}, the whole candidate token. */
    @FunctionalInterface
    interface Shape {
        Shape ANY = (s, start, bodyStart, end) -> true;

        boolean accepts(CharSequence s, int start, int bodyStart, int end);
    }

    ProviderRule {
        Objects.requireNonNull(provider);
        Objects.requireNonNull(body);
        Objects.requireNonNull(shape);
        if (prefix.isEmpty() || minBody < 0 || maxBody < minBody) {
            throw new IllegalArgumentException("bad provider rule " + provider);
        }
    }

    static ProviderRule of(String provider, String prefix, CharClass body, int minBody, int maxBody) {
        return new ProviderRule(provider, prefix, body, minBody, maxBody, 0.9, Shape.ANY);
    }

    ProviderRule score(double s) {
        return new ProviderRule(provider, prefix, body, minBody, maxBody, s, shape);
    }

    ProviderRule shape(Shape sh) {
        return new ProviderRule(provider, prefix, body, minBody, maxBody, score, sh);
    }

    /**
     * The end of the token if the body starting at {@code bodyStart} fits this rule, else -1.
     * The token must end on a boundary: the next character may not be a letter or digit (a
     * longer alphanumeric run is a different string that merely contains this prefix).
     */
    int match(CharSequence s, int start, int bodyStart) {
        int run = body.run(s, bodyStart, maxBody + 1);
        if (run < minBody || run > maxBody) {
            return -1;
        }
        int end = bodyStart + run;
        if (end < s.length() && CharClass.isAsciiLetterOrDigit(s.charAt(end))) {
            return -1;
        }
        if (SecretValues.isExampleBody(s, bodyStart, end)) {
            return -1;
        }
        return shape.accepts(s, start, bodyStart, end) ? end : -1;
    }
}
