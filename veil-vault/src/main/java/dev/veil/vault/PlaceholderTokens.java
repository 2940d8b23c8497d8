package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.SecretValue;
import java.util.Objects;

/**
 * The pseudonymize operator's token factory: readable placeholders such as {@code [PERSON_1]},
 * {@code <EMAIL_2>} or {@code {{PERSON_1}}}, built from a template with the markers {@code {TYPE}}
 * and {@code {N}}. After a collision (attempt {@code k > 0}) the number becomes {@code N-k}, e.g.
 * {@code [PERSON_1-1]}; this only happens when a text already contains a look-alike placeholder.
 */
public final class PlaceholderTokens implements TokenFactory {
    private static final String TYPE = "{TYPE}";
    private static final String NUMBER = "{N}";

    private final String template;

    private PlaceholderTokens(String template) {
        this.template = template;
    }

    /** {@code [PERSON_1]}, the default style. */
    public static PlaceholderTokens brackets() {
        return new PlaceholderTokens("[{TYPE}_{N}]");
    }

    /** {@code <PERSON_1>}. */
    public static PlaceholderTokens angleBrackets() {
        return new PlaceholderTokens("<{TYPE}_{N}>");
    }

    /** {@code {{PERSON_1}}}. */
    public static PlaceholderTokens doubleBraces() {
        return new PlaceholderTokens("{{{TYPE}_{N}}}");
    }

    /**
     * A custom style, e.g. {@code "<<{TYPE}#{N}>>"}. The template must contain {@code {TYPE}} and
     * {@code {N}} exactly once each.
     */
    public static PlaceholderTokens of(String template) {
        Objects.requireNonNull(template, "template");
        if (count(template, TYPE) != 1 || count(template, NUMBER) != 1) {
            throw new IllegalArgumentException("placeholder template must contain {TYPE} and {N} exactly once each");
        }
        return new PlaceholderTokens(template);
    }

    @Override
    public String token(EntityType type, long sequence, SecretValue original, int attempt) {
        String number = attempt == 0 ? Long.toString(sequence) : sequence + "-" + attempt;
        return template.replace(TYPE, type.name()).replace(NUMBER, number);
    }

    /** The template, e.g. {@code [{TYPE}_{N}]}. */
    public String template() {
        return template;
    }

    private static int count(String s, String marker) {
        int n = 0;
        for (int i = s.indexOf(marker); i >= 0; i = s.indexOf(marker, i + marker.length())) {
            n++;
        }
        return n;
    }

    @Override
    public String toString() {
        return "PlaceholderTokens[" + template + "]";
    }
}
