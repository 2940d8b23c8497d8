package dev.veil.core;

import static dev.veil.core.EntityType.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Detection presets: named sets of entity types, each tied to the rule text it implements. This is
 * the single place where preset membership is defined; {@link EntityType#presets()} and the
 * documentation read it from here.
 */
public enum Preset {
    /**
     * HIPAA Privacy Rule, de-identification by Safe Harbor: the 18 identifiers of 45 CFR
     * 164.514(b)(2)(i)(A)-(R).
     */
    HIPAA("hipaa", "45 CFR 164.514(b)(2)(i) Safe Harbor: (A) names; (B) geographic subdivisions smaller than a state, "
            + "street address, city, county, ZIP; (C) all elements of dates (except year) related to an individual, "
            + "and ages over 89; (D) telephone numbers; (E) fax numbers; (F) e-mail addresses; (G) Social Security "
            + "numbers; (H) medical record numbers; (I) health plan beneficiary numbers; (J) account numbers; "
            + "(K) certificate/license numbers; (L) vehicle identifiers and serial numbers, including license plates; "
            + "(M) device identifiers and serial numbers; (N) URLs; (O) IP addresses; (P) biometric identifiers; "
            + "(Q) full-face photographs; (R) any other unique identifying number, characteristic, or code.",
            EnumSet.of(PERSON, ADDRESS, LOCATION, ZIP, DATE, AGE, PHONE, EMAIL, SSN, ITIN,
                    MEDICAL_RECORD_NUMBER, HEALTH_PLAN_ID, REFERENCE_NUMBER, MEDICARE_MBI, BANK_ACCOUNT, CREDIT_CARD, IBAN,
                    DRIVER_LICENSE, PASSPORT, NPI, DEA_NUMBER, VIN, LICENSE_PLATE, DEVICE_ID, URL, IP_ADDRESS,
                    MAC_ADDRESS, UK_NHS, UK_NINO, FR_NIR, NL_BSN, DE_TAX_ID, ES_NIF, IT_FISCAL_CODE)),

    /**
     * PCI DSS v4.0: cardholder data (PAN, cardholder name, expiration date, service code, Req. 3.2-3.5)
     * and sensitive authentication data (CVV2/CVC2, Req. 3.3.1.2) found next to it.
     */
    PCI("pci", "PCI DSS v4.0 Requirement 3: protect stored account data. Cardholder data = primary account number "
            + "(PAN), cardholder name, expiration date, service code; sensitive authentication data (card "
            + "verification code, Req. 3.3.1.2) must not be stored after authorization.",
            EnumSet.of(CREDIT_CARD, CARD_EXPIRY, CARD_CVV, PERSON)),

    /**
     * GDPR Art. 4(1) personal data (incl. online identifiers and national IDs) and Art. 9 special
     * categories.
     */
    GDPR("gdpr", "GDPR Art. 4(1): any information relating to an identified or identifiable natural person, "
            + "such as a name, an identification number, location data, an online identifier; Art. 9(1): "
            + "special categories (racial or ethnic origin, political opinions, religious beliefs, health data); "
            + "Art. 87: national identification numbers.",
            EnumSet.of(PERSON, EMAIL, PHONE, ADDRESS, LOCATION, ZIP, DATE, AGE, NRP, TITLE, IP_ADDRESS, MAC_ADDRESS,
                    URL, DEVICE_ID, CREDIT_CARD, IBAN, BANK_ACCOUNT, CRYPTO_WALLET, PASSPORT, DRIVER_LICENSE,
                    UK_NINO, UK_NHS, DE_TAX_ID, FR_NIR, ES_NIF, IT_FISCAL_CODE, NL_BSN, SSN, MEDICAL_RECORD_NUMBER,
                    HEALTH_PLAN_ID, REFERENCE_NUMBER, LICENSE_PLATE, VIN)),

    /**
     * GLBA Privacy Rule (16 CFR 313.3(n)/(o), 12 CFR 1016.3(p)/(q)): nonpublic personal information
     * that a financial institution obtains about a consumer.
     */
    GLBA("glba", "GLBA Privacy Rule, 16 CFR 313.3(n) and 12 CFR 1016.3(q): nonpublic personal information, i.e. "
            + "personally identifiable financial information provided by a consumer or resulting from a "
            + "transaction: account numbers, card numbers, balances, names and addresses tied to an account, "
            + "Social Security numbers and other identifiers used to obtain a financial product.",
            EnumSet.of(PERSON, EMAIL, PHONE, ADDRESS, ZIP, DATE, SSN, ITIN, EIN, CREDIT_CARD, CARD_EXPIRY, CARD_CVV,
                    IBAN, SWIFT_BIC, ABA_ROUTING, BANK_ACCOUNT, REFERENCE_NUMBER, CRYPTO_WALLET, DRIVER_LICENSE,
                    PASSPORT)),

    /** Credentials that must never reach a model: keys, tokens, passwords, connection strings. */
    SECRETS("secrets", "Credentials: provider API keys and tokens, private keys, JWTs, passwords, connection "
            + "strings with credentials and high-entropy secrets next to secret keywords (OWASP ASVS V2.10, "
            + "CWE-798 / CWE-312).",
            EnumSet.of(API_KEY, PRIVATE_KEY, PASSWORD, JWT, CONNECTION_STRING, SECRET)),

    /** Everything in the catalogue. The default when no preset is given. */
    ALL("all", "Every entity type in the catalogue.", EnumSet.allOf(EntityType.class));

    private final String id;
    private final String rule;
    private final Set<EntityType> types;

    Preset(String id, String rule, EnumSet<EntityType> types) {
        this.id = id;
        this.rule = rule;
        this.types = Collections.unmodifiableSet(types);
    }

    /** The lower-case name used on the command line and in configuration. */
    public String id() {
        return id;
    }

    /** The rule text this preset implements. */
    public String rule() {
        return rule;
    }

    public Set<EntityType> types() {
        return types;
    }

    public static Optional<Preset> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String n = id.trim().toLowerCase(Locale.ROOT);
        for (Preset p : values()) {
            if (p.id.equals(n)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static List<Preset> including(EntityType type) {
        List<Preset> out = new ArrayList<>();
        for (Preset p : values()) {
            if (p.types.contains(type)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
