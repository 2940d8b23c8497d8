package dev.veil.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical catalogue of what Veil detects. Names are UPPER_SNAKE and stable: they appear in
 * policies, audit records, metrics labels and the {@code veil scan} JSONL contract.
 *
 * <p>Each constant documents what it is and gives fabricated examples. Which presets include a
 * type is defined in one place, {@link Preset}; {@link #presets()} reads it from there.
 */
public enum EntityType {
    // People and contact
    PERSON(Category.PEOPLE, "A person's name, in any case: given names, surnames, initials with a surname.",
            "Maria Garcia", "dr. hurst", "O'Brien"),
    EMAIL(Category.PEOPLE, "An e-mail address.", "maria.garcia@example.org"),
    PHONE(Category.PEOPLE, "A telephone or fax number, national or international, validated with libphonenumber.",
            "(415) 555-0132", "+44 7700 900123"),
    ADDRESS(Category.PEOPLE, "A street address, including multi-line postal addresses.",
            "1600 Amphitheatre Parkway", "221B Baker Street"),
    LOCATION(Category.PEOPLE, "A city, county, state, region or country; also hospitals and other care facilities "
            + "(the HIPAA/i2b2 de-identification convention).", "Mountain View", "Bavaria", "St. Mary's Hospital"),
    ZIP(Category.PEOPLE, "A postal code (US ZIP and ZIP+4, UK postcode, other national formats in context).",
            "94043", "NW1 6XE"),
    ORGANIZATION(Category.PEOPLE, "A company, school, agency or other organization.", "Acme Corp", "Harlow & Finch LLP"),
    AGE(Category.PEOPLE, "A person's age.", "67 years old", "age 92"),
    DATE(Category.PEOPLE, "A date or date-time, including dates of birth and holidays named as days.", "03/14/1985",
            "2024-02-11 10:30", "Christmas Eve"),
    TITLE(Category.PEOPLE, "A job title or honorific (a quasi-identifier).", "Dr.", "Chief Financial Officer"),
    NRP(Category.PEOPLE, "Nationality, religious or political group (GDPR Art. 9 special-category data).",
            "Catholic", "Nigerian"),

    // Government IDs
    SSN(Category.GOVERNMENT_ID, "US Social Security number (SSA invalid ranges excluded).", "536-22-8726"),
    ITIN(Category.GOVERNMENT_ID, "US Individual Taxpayer Identification Number (9xx-[50-65,70-88,90-92,94-99]-xxxx).",
            "912-70-1234"),
    EIN(Category.GOVERNMENT_ID, "US Employer Identification Number (valid IRS campus prefixes).", "12-3456789"),
    PASSPORT(Category.GOVERNMENT_ID, "Passport number (context-dependent).", "531234567"),
    DRIVER_LICENSE(Category.GOVERNMENT_ID, "Driver's licence number (US state formats, context-dependent).", "D1234567"),
    UK_NINO(Category.GOVERNMENT_ID, "UK National Insurance number.", "AB 12 34 56 C"),
    UK_NHS(Category.GOVERNMENT_ID, "UK NHS number (mod 11 check digit).", "943 476 5919"),
    DE_TAX_ID(Category.GOVERNMENT_ID, "German tax identification number (Steuer-IdNr, ISO 7064 check digit).", "86095742719"),
    FR_NIR(Category.GOVERNMENT_ID, "French social security number (NIR, 97 - n mod 97 key).", "2 84 05 75 123 456 72"),
    ES_NIF(Category.GOVERNMENT_ID, "Spanish DNI or NIE (check letter).", "12345678Z", "X1234567L"),
    IT_FISCAL_CODE(Category.GOVERNMENT_ID, "Italian codice fiscale (check character).", "RSSMRA85T10A562S"),
    NL_BSN(Category.GOVERNMENT_ID, "Dutch citizen service number (11-test).", "111222333"),

    // Financial
    CREDIT_CARD(Category.FINANCIAL, "Payment card number (PAN): Luhn and IIN ranges.", "4539 1488 0343 6467"),
    CARD_EXPIRY(Category.FINANCIAL, "Card expiry date, in card context.", "09/27"),
    CARD_CVV(Category.FINANCIAL, "Card verification value, in card context.", "CVV 123"),
    IBAN(Category.FINANCIAL, "International bank account number (mod 97, per-country length).",
            "DE89 3704 0044 0532 0130 00"),
    SWIFT_BIC(Category.FINANCIAL, "SWIFT/BIC bank identifier code.", "DEUTDEFF500"),
    ABA_ROUTING(Category.FINANCIAL, "US bank routing transit number (ABA checksum).", "021000021"),
    BANK_ACCOUNT(Category.FINANCIAL, "Bank account number (context-dependent).", "account no. 000123456789"),
    CRYPTO_WALLET(Category.FINANCIAL, "Cryptocurrency wallet address (BTC base58check/bech32, ETH).",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),

    // Medical
    MEDICAL_RECORD_NUMBER(Category.MEDICAL, "Medical record number (context-dependent).", "MRN 00451233"),
    NPI(Category.MEDICAL, "US National Provider Identifier (Luhn with the 80840 prefix).", "1234567893"),
    DEA_NUMBER(Category.MEDICAL, "US DEA registration number (checksum).", "AB1234563"),
    MEDICARE_MBI(Category.MEDICAL, "US Medicare Beneficiary Identifier.", "1EG4-TE5-MK73"),
    HEALTH_PLAN_ID(Category.MEDICAL, "Health-plan beneficiary or member ID (context-dependent).", "member ID XGH123456789"),
    REFERENCE_NUMBER(Category.MEDICAL, "Account, claim, case, accession, encounter, confirmation and other "
            + "reference numbers after their label (HIPAA Safe Harbor (J) account numbers and (R) any other unique "
            + "identifying number).", "Accession #: RX-2210938", "Claim Number: WC-23-0081144"),

    // Network and devices
    IP_ADDRESS(Category.NETWORK, "IPv4 or IPv6 address.", "192.168.10.42", "2001:db8::1"),
    MAC_ADDRESS(Category.NETWORK, "Hardware MAC address.", "00:1A:2B:3C:4D:5E"),
    URL(Category.NETWORK, "Web address or domain name.", "https://grafana.example.com/d/abc"),
    VIN(Category.NETWORK, "Vehicle identification number (ISO 3779 check digit).", "1M8GDM9AXKP042788"),
    LICENSE_PLATE(Category.NETWORK, "Vehicle licence plate (context-dependent).", "plate 7ABC123"),
    DEVICE_ID(Category.NETWORK, "Device identifier or serial number, IMEI (context-dependent).", "IMEI 490154203237518"),

    // Secrets
    API_KEY(Category.SECRET, "Provider API key or access token (AWS, GCP, Azure, GitHub, GitLab, Slack, Stripe, OpenAI, ...).",
            "ghp_4fKq9ZrT2xWm7LpB8nYc3VdH6sJa1Ge5QuXo"),
    PRIVATE_KEY(Category.SECRET, "PEM or OpenSSH private key block.", "-----BEGIN RSA PRIVATE KEY-----"),
    PASSWORD(Category.SECRET, "A password in an assignment or in prose.", "password = \"S3cr3tPass!\""),
    JWT(Category.SECRET, "JSON Web Token.", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"),
    CONNECTION_STRING(Category.SECRET, "Connection string or URL with embedded credentials.",
            "postgres://admin:S3cr3tPass!@10.20.30.40:5432/prod"),
    SECRET(Category.SECRET, "A high-entropy string next to a secret keyword (generic secret).",
            "client_secret: kx9T2mQ7vLp4Rz8Wc1Ny6Bd3Hf5Js0Ga7Ue2Xo4I");

    /** The families of the catalogue, used for documentation and coarse policy defaults. */
    public enum Category { PEOPLE, GOVERNMENT_ID, FINANCIAL, MEDICAL, NETWORK, SECRET }

    private final Category category;
    private final String description;
    private final List<String> examples;

    EntityType(Category category, String description, String... examples) {
        this.category = category;
        this.description = description;
        this.examples = List.of(examples);
    }

    public Category category() {
        return category;
    }

    public String description() {
        return description;
    }

    /** Fabricated examples, for documentation only. */
    public List<String> examples() {
        return examples;
    }

    /** The presets that include this type, as defined by {@link Preset}. */
    public List<Preset> presets() {
        return Preset.including(this);
    }

    public boolean isSecret() {
        return category == Category.SECRET;
    }

    /**
     * Parses a type name case-insensitively; accepts '-' for '_' and a few common aliases used by
     * other tools (PHONE_NUMBER, EMAIL_ADDRESS, US_SSN, DATE_TIME, IBAN_CODE, ...).
     */
    public static Optional<EntityType> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (EntityType t : values()) {
            if (t.name().equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(switch (n) {
            case "PHONE_NUMBER", "FAX" -> PHONE;
            case "EMAIL_ADDRESS" -> EMAIL;
            case "US_SSN" -> SSN;
            case "DATE_TIME", "DOB", "DATE_OF_BIRTH" -> DATE;
            case "IBAN_CODE" -> IBAN;
            case "US_DRIVER_LICENSE" -> DRIVER_LICENSE;
            case "US_PASSPORT" -> PASSPORT;
            case "US_ITIN" -> ITIN;
            case "US_BANK_NUMBER" -> BANK_ACCOUNT;
            case "CREDIT_CARD_NUMBER" -> CREDIT_CARD;
            case "IP" -> IP_ADDRESS;
            case "ORG" -> ORGANIZATION;
            case "LOC", "GPE" -> LOCATION;
            case "STREET_ADDRESS" -> ADDRESS;
            case "ZIP_CODE", "POSTAL_CODE" -> ZIP;
            case "MRN" -> MEDICAL_RECORD_NUMBER;
            case "DOMAIN_NAME" -> URL;
            default -> null;
        });
    }
}
