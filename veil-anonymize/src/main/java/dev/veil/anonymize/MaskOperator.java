package dev.veil.anonymize;

import dev.veil.core.EntityType;

/**
 * {@code mask}: letters and digits are replaced by the mask character except the first
 * {@code keepFirst} and last {@code keepLast} of them; separators stay. When the kept characters
 * would cover every letter and digit, all are masked, so a short value is never shown whole.
 */
record MaskOperator(OperatorConfig.Mask config) implements ValueOperator {
    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        int alnum = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                alnum++;
            }
        }
        boolean keepSome = config.keepFirst() + config.keepLast() < alnum;
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                // surrogate pairs of non-BMP letters are masked as one character
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLetterOrDigit(value.codePointAt(i))) {
                    out.append(config.maskChar());
                    i++;
                    continue;
                }
                out.append(c);
                continue;
            }
            boolean kept = keepSome && (seen < config.keepFirst() || seen >= alnum - config.keepLast());
            out.append(kept ? c : config.maskChar());
            seen++;
        }
        return new Applied(out.toString(), config.name());
    }
}
