package dev.veil.anonymize;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * What to do with one detected value: a closed set of immutable, typed configurations, one record
 * per operator. Policies (YAML) bind to these records, so a misspelt parameter is a load error, not
 * a silently ignored map entry. Parameters left out take the defaults documented on each record (a
 * zero or absent value means "default").
 *
 * <p>In YAML the operator is an object whose {@code type} names the record:
 * {@code operator: {type: mask, keepLast: 4}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OperatorConfig.Redact.class, name = "redact"),
    @JsonSubTypes.Type(value = OperatorConfig.Replace.class, name = "replace"),
    @JsonSubTypes.Type(value = OperatorConfig.Mask.class, name = "mask"),
    @JsonSubTypes.Type(value = OperatorConfig.Hash.class, name = "hash"),
    @JsonSubTypes.Type(value = OperatorConfig.Encrypt.class, name = "encrypt"),
    @JsonSubTypes.Type(value = OperatorConfig.Pseudonymize.class, name = "pseudonymize"),
    @JsonSubTypes.Type(value = OperatorConfig.Surrogate.class, name = "surrogate"),
    @JsonSubTypes.Type(value = OperatorConfig.DateShift.class, name = "date_shift"),
    @JsonSubTypes.Type(value = OperatorConfig.Generalize.class, name = "generalize")
})
public sealed interface OperatorConfig {

    /** The operator's name as written in policies and counted in reports, e.g. {@code "mask"}. */
    String name();

    /** Whether {@link Anonymizer#restore} can give the original value back. */
    default boolean reversible() {
        return false;
    }

    /** Removes the value: the span becomes empty. */
    record Redact() implements OperatorConfig {
        @Override
        public String name() {
            return "redact";
        }
    }

    /**
     * Puts a fixed text in place of the value. {@code {TYPE}} in the text becomes the entity type.
     *
     * @param text default {@code <{TYPE}>}, e.g. {@code <CREDIT_CARD>}
     */
    record Replace(String text) implements OperatorConfig {
        public static final String DEFAULT_TEXT = "<{TYPE}>";

        public Replace {
            text = text == null ? DEFAULT_TEXT : text;
        }

        public static Replace withTypeName() {
            return new Replace(DEFAULT_TEXT);
        }

        @Override
        public String name() {
            return "replace";
        }
    }

    /**
     * Masks characters, keeping the first and last ones asked for. Only letters and digits count
     * and are masked; separators (spaces, dashes, dots, {@code @}) stay so the shape remains
     * readable. If the kept characters would cover the whole value, everything is masked: a mask
     * never reveals a value whole.
     *
     * @param maskChar  default {@code *}
     * @param keepFirst letters/digits kept at the start, default 0
     * @param keepLast  letters/digits kept at the end, default 0 (4 for the last four of a card)
     */
    record Mask(char maskChar, int keepFirst, int keepLast) implements OperatorConfig {
        public Mask {
            maskChar = maskChar == '\0' ? '*' : maskChar;
            if (Character.isLetterOrDigit(maskChar) || Character.isISOControl(maskChar)) {
                throw new IllegalArgumentException("mask: maskChar must not be a letter, a digit or a control character");
            }
            if (keepFirst < 0 || keepLast < 0) {
                throw new IllegalArgumentException("mask: keepFirst and keepLast must be >= 0");
            }
        }

        @Override
        public String name() {
            return "mask";
        }
    }

    /**
     * Keyed hash: HMAC-SHA-256 over the scope, the type and the value, with the operator key from
     * the key provider, truncated and encoded. Never an unsalted hash; equal values in one scope
     * hash equal, the same value in two scopes does not (unless the policy links scopes).
     *
     * @param bytes    output bytes before encoding, 8 to 32, default 16
     * @param encoding default {@link Encoding#HEX}
     */
    record Hash(int bytes, Encoding encoding) implements OperatorConfig {
        /** Text encodings of the truncated MAC. */
        public enum Encoding { HEX, BASE64URL }

        public Hash {
            bytes = bytes == 0 ? 16 : bytes;
            encoding = encoding == null ? Encoding.HEX : encoding;
            if (bytes < 8 || bytes > 32) {
                throw new IllegalArgumentException("hash: bytes must be between 8 and 32");
            }
        }

        @Override
        public String name() {
            return "hash";
        }
    }

    /**
     * Reversible encryption with the operator keys.
     * <ul>
     *   <li>{@link Algorithm#AES_SIV}: deterministic authenticated encryption (RFC 5297 via Tink);
     *       the value becomes {@code [ENC:<base64url>]}, bound to the scope.</li>
     *   <li>{@link Algorithm#FF1}: format-preserving encryption (NIST SP 800-38G via BouncyCastle)
     *       of the value's digits, separators kept: a 16-digit card stays 16 digits. Needs at least
     *       6 digits (the standard's minimum domain for radix 10). Not authenticated, and its output
     *       looks like real data, so it is restored by position (see {@link Anonymizer#restore(AnonymizedText, dev.veil.core.Scope, dev.veil.vault.RevealCapability)}).</li>
     * </ul>
     *
     * @param algorithm default {@link Algorithm#AES_SIV}
     */
    record Encrypt(Algorithm algorithm) implements OperatorConfig {
        /** The two encryption modes. */
        public enum Algorithm { AES_SIV, FF1 }

        public Encrypt {
            algorithm = algorithm == null ? Algorithm.AES_SIV : algorithm;
        }

        @Override
        public String name() {
            return algorithm == Algorithm.FF1 ? "encrypt_ff1" : "encrypt";
        }

        @Override
        public boolean reversible() {
            return true;
        }
    }

    /**
     * A consistent placeholder, stored in the vault: {@code [PERSON_1]}. The style is a template
     * with {@code {TYPE}} and {@code {N}}, or one of the names {@code brackets} ({@code [PERSON_1]},
     * the default), {@code angle} ({@code <PERSON_1>}) and {@code braces} ({@code {{PERSON_1}}}).
     *
     * @param style default {@code brackets}
     */
    record Pseudonymize(String style) implements OperatorConfig {
        public Pseudonymize {
            style = Objects.requireNonNullElse(style, "brackets");
            PseudonymizeOperator.template(style); // validates
        }

        public static Pseudonymize brackets() {
            return new Pseudonymize("brackets");
        }

        @Override
        public String name() {
            return "pseudonymize";
        }

        @Override
        public boolean reversible() {
            return true;
        }
    }

    /**
     * A realistic fake of the same kind and format, stored in the vault (so consistent within a
     * scope and reversible): names, Luhn-valid card numbers keeping the issuer prefix, IBANs with
     * valid check digits, SSNs in valid ranges, e-mails at reserved domains, phones in reserved
     * ranges, documentation IP addresses; other types get a random value of the same shape.
     */
    record Surrogate() implements OperatorConfig {
        @Override
        public String name() {
            return "surrogate";
        }

        @Override
        public boolean reversible() {
            return true;
        }
    }

    /**
     * Shifts every date of a scope by the same random number of days, chosen once per scope and
     * stored in the vault, so intervals between dates stay true. The output uses the input's
     * format. A date that cannot be parsed is replaced by {@code <DATE>} (counted as replace).
     *
     * @param maxDays the offset is drawn from [-maxDays, maxDays] without 0; default 365
     */
    record DateShift(int maxDays) implements OperatorConfig {
        public DateShift {
            maxDays = maxDays == 0 ? 365 : maxDays;
            if (maxDays < 1 || maxDays > 36_500) {
                throw new IllegalArgumentException("date_shift: maxDays must be between 1 and 36500");
            }
        }

        @Override
        public String name() {
            return "date_shift";
        }
    }

    /**
     * Reduces precision (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(B) and (C)): an AGE becomes a
     * 5-year band and ages over 89 become {@code 90+}; a US ZIP keeps its first 3 digits, or
     * {@code 000} for the restricted prefixes of sparsely populated areas; a DATE becomes its year.
     * Only for AGE, ZIP and DATE; a policy that asks for it on another type does not load.
     */
    record Generalize() implements OperatorConfig {
        @Override
        public String name() {
            return "generalize";
        }
    }
}
