package dev.veil.audit;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of record fields. Identifiers (roles, rules, operators, attribute keys) are restricted
 * to a token alphabet so that they can be printed, grepped and used as filters safely; free-text
 * fields (principal, model, upstream, attribute values) only exclude control characters, which
 * would let a caller forge extra lines in human-readable output.
 */
final class FieldRules {
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:@/+#=-]{1,128}");
    static final int MAX_TEXT = 512;
    static final int MAX_ATTRIBUTE_VALUE = 8192;
    /** Keeps every line far below the reader's line limit ({@link LineReader#MAX_LINE}). */
    static final int MAX_ENCRYPTED_TEXT = 4 * 1024 * 1024;

    private FieldRules() {
    }

    static String token(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!TOKEN.matcher(value).matches()) {
            throw new IllegalArgumentException("audit field " + field + " must match " + TOKEN.pattern());
        }
        return value;
    }

    static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException("audit field " + field + " must have 1.." + max + " chars");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("audit field " + field + " contains a control character");
            }
        }
        return value;
    }

    static List<String> tokens(String field, Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String v : values) {
            sorted.add(token(field, v));
        }
        return List.copyOf(sorted);
    }

    static SortedMap<String, Integer> counts(String field, Map<String, Integer> counts) {
        TreeMap<String, Integer> out = new TreeMap<>();
        if (counts != null) {
            counts.forEach((k, v) -> {
                if (v == null || v < 0) {
                    throw new IllegalArgumentException("audit field " + field + " has a negative count");
                }
                out.put(token(field, k), v);
            });
        }
        return Collections.unmodifiableSortedMap(out);
    }

    static SortedMap<String, String> attributes(Map<String, String> attributes) {
        TreeMap<String, String> out = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> out.put(token("attributes", k),
                    text("attributes." + k, v, MAX_ATTRIBUTE_VALUE)));
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
