package dev.veil.anonymize;

import dev.veil.core.EntityType;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code generalize}, following HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i):
 * <ul>
 *   <li>AGE (C): a 5-year band, {@code 67 years old} -> {@code 65-69 years old}; every age over 89
 *       becomes {@code 90+}.</li>
 *   <li>ZIP (B): the first 3 digits followed by {@code **}; the 3-digit areas with 20,000 people or
 *       fewer (HHS list from the 2000 Census) become {@code 000**}. A postcode with letters (UK)
 *       keeps its outward code.</li>
 *   <li>DATE (C): the year only.</li>
 * </ul>
 * A value without the expected number is replaced by {@code <TYPE>} (counted as replace).
 */
record GeneralizeOperator(OperatorConfig.Generalize config) implements ValueOperator {
    /** Types this operator handles; policies asking for it on others fail to load. */
    static final Set<EntityType> TYPES = Set.of(EntityType.AGE, EntityType.ZIP, EntityType.DATE);

    /** 3-digit ZIP prefixes whose area had at most 20,000 people (HHS de-identification guidance). */
    static final Set<String> RESTRICTED_ZIP3 = Set.of("036", "059", "063", "102", "203", "556", "692", "790",
            "821", "823", "830", "831", "878", "879", "884", "890", "893");

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern ZIP5 = Pattern.compile("(\\d{3})\\d{2}(?:[-\\s]?\\d{4})?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d\\d|2\\d\\d\\d)(?!\\d)");

    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        String out = switch (type) {
            case AGE -> age(value);
            case ZIP -> zip(value);
            case DATE -> year(value);
            default -> null;
        };
        return out == null ? new Applied("<" + type.name() + ">", "replace") : new Applied(out, config.name());
    }

    private static String age(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.find() || value.length() > 64) {
            return null;
        }
        int age = Integer.parseInt(m.group());
        String band = age > 89 ? "90+" : (age / 5 * 5) + "-" + (age / 5 * 5 + 4);
        return value.substring(0, m.start()) + band + value.substring(m.end());
    }

    private static String zip(String value) {
        String v = value.strip();
        Matcher m = ZIP5.matcher(v);
        if (m.matches()) {
            String zip3 = m.group(1);
            return (RESTRICTED_ZIP3.contains(zip3) ? "000" : zip3) + "**";
        }
        int space = v.indexOf(' ');
        if (space > 0 && v.chars().anyMatch(Character::isLetter) && v.length() <= 10) {
            return v.substring(0, space);
        }
        return null;
    }

    private static String year(String value) {
        var parsed = DateFormats.parse(value);
        if (parsed.isPresent()) {
            return Integer.toString(parsed.get().date().getYear());
        }
        Matcher m = YEAR.matcher(value);
        return value.length() <= 64 && m.find() ? m.group(1) : null;
    }
}
