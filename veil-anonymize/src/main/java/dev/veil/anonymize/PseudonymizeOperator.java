package dev.veil.anonymize;

import dev.veil.core.Scope;
import dev.veil.vault.PlaceholderTokens;
import dev.veil.vault.TokenFactory;
import java.util.regex.Pattern;

/**
 * {@code pseudonymize}: placeholders such as {@code [PERSON_1]} from the vault's
 * {@link PlaceholderTokens}; the number counts distinct values per type within the scope.
 */
record PseudonymizeOperator(OperatorConfig.Pseudonymize config) implements TokenOperator {

    @Override
    public TokenFactory tokenFactory(Scope scope, OperatorKeys keys) {
        return PlaceholderTokens.of(template(config.style()));
    }

    /** The template of a style name or the style itself; throws if it is not a valid template. */
    static String template(String style) {
        String t = switch (style) {
            case "brackets" -> PlaceholderTokens.brackets().template();
            case "angle" -> PlaceholderTokens.angleBrackets().template();
            case "braces" -> PlaceholderTokens.doubleBraces().template();
            default -> style;
        };
        try {
            return PlaceholderTokens.of(t).template();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pseudonymize: style must be brackets, angle, braces or a template "
                    + "containing {TYPE} and {N} once each");
        }
    }

    /**
     * A pattern matching every placeholder this style can produce (any type, any number, with the
     * collision suffix {@code -k}), so restore can count placeholders the vault does not know.
     */
    static Pattern placeholderPattern(String style) {
        String t = template(style);
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            if (t.startsWith("{TYPE}", i)) {
                re.append("[A-Z][A-Z0-9_]*?");
                i += "{TYPE}".length();
            } else if (t.startsWith("{N}", i)) {
                re.append("\\d{1,19}(?:-\\d{1,9})?");
                i += "{N}".length();
            } else {
                re.append(Pattern.quote(String.valueOf(t.charAt(i))));
                i++;
            }
        }
        return Pattern.compile(re.toString());
    }
}
