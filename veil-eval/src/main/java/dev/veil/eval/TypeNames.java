package dev.veil.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Type names as the reference scorer ({@code shared/tools/pii_eval.py}) sees them: dataset and
 * detector labels are upper-cased and mapped to canonical names through the same table
 * ({@code CANON}); names not in the table pass through upper-cased. ADDRESS, LOCATION and ZIP form
 * one family for span matching.
 */
public final class TypeNames {
    private static final Map<String, String> CANON = Map.ofEntries(
            Map.entry("PERSON", "PERSON"), Map.entry("PER", "PERSON"), Map.entry("NAME", "PERSON"),
            Map.entry("HCPNAME", "PERSON"), Map.entry("PTNAME", "PERSON"), Map.entry("RELATIVEPROXYNAME", "PERSON"),
            Map.entry("PTNAMEINITIAL", "PERSON"), Map.entry("FIRST_NAME", "PERSON"), Map.entry("LAST_NAME", "PERSON"),
            Map.entry("STREET_ADDRESS", "ADDRESS"), Map.entry("ADDRESS", "ADDRESS"), Map.entry("GPE", "LOCATION"),
            Map.entry("LOCATION", "LOCATION"), Map.entry("LOC", "LOCATION"), Map.entry("CITY", "LOCATION"),
            Map.entry("COUNTRY", "LOCATION"), Map.entry("STATE", "LOCATION"), Map.entry("ZIP", "ZIP"),
            Map.entry("ZIP_CODE", "ZIP"), Map.entry("POSTAL_CODE", "ZIP"),
            Map.entry("ORGANIZATION", "ORGANIZATION"), Map.entry("ORG", "ORGANIZATION"),
            Map.entry("CREDIT_CARD", "CREDIT_CARD"), Map.entry("CREDIT_CARD_NUMBER", "CREDIT_CARD"),
            Map.entry("DATE_TIME", "DATE"), Map.entry("DATE", "DATE"), Map.entry("DATEYEAR", "DATE"),
            Map.entry("DATE_OF_BIRTH", "DATE"), Map.entry("DOB", "DATE"), Map.entry("TIME", "DATE"),
            Map.entry("PHONE_NUMBER", "PHONE"), Map.entry("PHONE", "PHONE"), Map.entry("FAX", "PHONE"),
            Map.entry("EMAIL", "EMAIL"), Map.entry("EMAIL_ADDRESS", "EMAIL"),
            Map.entry("DOMAIN_NAME", "URL"), Map.entry("URL", "URL"), Map.entry("DOMAIN", "URL"),
            Map.entry("IBAN", "IBAN"), Map.entry("IBAN_CODE", "IBAN"), Map.entry("US_SSN", "SSN"), Map.entry("SSN", "SSN"),
            Map.entry("IP", "IP_ADDRESS"), Map.entry("IP_ADDRESS", "IP_ADDRESS"),
            Map.entry("US_DRIVER_LICENSE", "DRIVER_LICENSE"), Map.entry("DL", "DRIVER_LICENSE"),
            Map.entry("DRIVER_LICENSE", "DRIVER_LICENSE"), Map.entry("AGE", "AGE"), Map.entry("TITLE", "TITLE"),
            Map.entry("PREFIX", "TITLE"), Map.entry("NRP", "NRP"), Map.entry("OTHER", "OTHER"));

    private TypeNames() {
    }

    /** The canonical name of a label: upper-cased, then mapped; {@code null} becomes {@code ""}. */
    public static String canon(String label) {
        String t = label == null ? "" : label.toUpperCase(Locale.ROOT);
        return CANON.getOrDefault(t, t);
    }

    /** The matching family of a canonical type: ADDRESS, LOCATION and ZIP share "LOC". */
    public static String family(String canonicalType) {
        return switch (canonicalType) {
            case "ADDRESS", "LOCATION", "ZIP" -> "LOC";
            default -> canonicalType;
        };
    }

    /**
     * The coarse type set of the peer harness ({@code shared/peers/pii/types.json}): provider
     * secrets become SECRET, national IDs other than SSN become NATIONAL_ID, bank identifiers
     * BANK_ACCOUNT, and Veil types the peers have no name for OTHER. Used to compare Veil and peers
     * on equal terms.
     */
    public static String coarse(String canonicalType) {
        return switch (canonicalType) {
            case "API_KEY", "PRIVATE_KEY", "PASSWORD", "JWT", "CONNECTION_STRING", "SECRET" -> "SECRET";
            case "ITIN", "EIN", "UK_NINO", "UK_NHS", "DE_TAX_ID", "FR_NIR", "ES_NIF", "IT_FISCAL_CODE", "NL_BSN",
                 "NATIONAL_ID" -> "NATIONAL_ID";
            case "ABA_ROUTING", "SWIFT_BIC", "BANK_ACCOUNT" -> "BANK_ACCOUNT";
            case "PERSON", "EMAIL", "PHONE", "SSN", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "URL", "DATE", "ADDRESS",
                 "LOCATION", "ZIP", "PASSPORT", "DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER", "ORGANIZATION", "AGE" ->
                    canonicalType;
            default -> "OTHER";
        };
    }

    /**
     * Python's {@code str.isspace()} for one UTF-16 unit: the reference scorer ignores these
     * characters at the char level. Java's {@link Character#isWhitespace} alone misses NBSP-like
     * spaces and U+0085, so both JDK predicates are combined.
     */
    public static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
