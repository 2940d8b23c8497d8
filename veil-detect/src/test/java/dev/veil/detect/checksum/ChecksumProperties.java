package dev.veil.detect.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * Invariants for surrogate generation: a payload completed with the computed check digit always
 * validates, and (for the schemes that guarantee it) changing any single digit breaks it.
 */
class ChecksumProperties {

    @Property(seed = "20261129")
    void ibanCheckDigitsValidate(@ForAll @NumericChars @StringLength(18) String bban) {
        String iban = "DE" + Iban.checkDigits("DE", bban) + bban;
        assertThat(Iban.isValid(iban)).isTrue();
        assertThat(Iban.isValid(substitute(iban, 4 + bban.length() / 2))).isFalse();
    }

    @Property(seed = "20261129")
    void abaCheckDigitValidatesAndCatchesSubstitutions(@ForAll @NumericChars @StringLength(8) String payload,
            @ForAll @IntRange(min = 0, max = 8) int pos) {
        String p = "0" + payload.substring(1); // prefix 0x is always a valid Federal Reserve symbol
        String aba = p + AbaRouting.checkDigit(p);
        assertThat(AbaRouting.isValid(aba)).isTrue();
        Assume.that(pos >= 2);
        assertThat(AbaRouting.isValid(substitute(aba, pos))).isFalse();
    }

    @Property(seed = "20261129")
    void nhsCheckDigitValidates(@ForAll @NumericChars @StringLength(9) String payload) {
        int check = UkNhs.checkDigit(payload);
        Assume.that(check >= 0);
        String nhs = payload + check;
        assertThat(UkNhs.isValid(nhs)).isTrue();
        assertThat(UkNhs.isValid(substitute(nhs, 3))).isFalse();
    }

    @Property(seed = "20261129")
    void germanTaxIdCheckDigitValidates(@ForAll @NumericChars @StringLength(10) String payload,
            @ForAll @IntRange(min = 0, max = 9) int pos) {
        String id = payload + GermanTaxId.checkDigit(payload);
        char[] mutated = substitute(id, pos).toCharArray();
        // the check digit alone catches every single-digit substitution (ISO 7064 MOD 11,10)
        assertThat(mutated[10] - '0').isNotEqualTo(GermanTaxId.checkDigit(new String(mutated, 0, 10)) - '0');
    }

    @Property(seed = "20261129")
    void frenchNirKeyValidates(@ForAll @IntRange(min = 1, max = 2) int sex,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @NumericChars @StringLength(10) String rest) {
        String body = sex + rest.substring(0, 2) + String.format("%02d", month) + rest.substring(2);
        Assume.that(body.length() == 13 && !body.startsWith("00", 5));
        assertThat(FrenchNir.isValid(body + FrenchNir.key(body))).isTrue();
    }

    @Property(seed = "20261129")
    void bsnCheckDigitValidatesAndCatchesSubstitutions(@ForAll @NumericChars @StringLength(8) String payload,
            @ForAll @IntRange(min = 0, max = 8) int pos) {
        int check = DutchBsn.checkDigit(payload);
        Assume.that(check >= 0 && !payload.equals("00000000"));
        String bsn = payload + check;
        assertThat(DutchBsn.isValid(bsn)).isTrue();
        assertThat(DutchBsn.isValid(substitute(bsn, pos))).isFalse();
    }

    @Property(seed = "20261129")
    void npiAndDeaAndGs1AndSpanishLettersValidate(@ForAll @NumericChars @StringLength(9) String nine,
            @ForAll @IntRange(min = 0, max = 99_999_999) int number) {
        String npi = "1" + nine.substring(1);
        assertThat(Npi.isValid(npi + Npi.checkDigit(npi))).isTrue();
        String six = nine.substring(0, 6);
        assertThat(DeaNumber.isValid("AB" + six + DeaNumber.checkDigit(six))).isTrue();
        assertThat(Gs1.isValid(nine + Gs1.checkDigit(nine))).isTrue();
        assertThat(SpanishNif.isValid(String.format("%08d", number) + SpanishNif.checkLetter(number))).isTrue();
    }

    @Property(seed = "20261129")
    void vinCheckDigitValidates(@ForAll @StringLength(17) @net.jqwik.api.constraints.Chars({'A', 'B', 'C', 'H', 'J',
            'K', 'M', 'P', 'R', 'Z', '0', '1', '5', '9'}) String vin) {
        char check = Vin.checkDigit(vin);
        String full = vin.substring(0, 8) + check + vin.substring(9);
        assertThat(Vin.isValid(full)).isTrue();
    }

    /** Replaces the digit at {@code pos} by another digit. */
    private static String substitute(String s, int pos) {
        char c = s.charAt(pos);
        char d = (char) ('0' + ((c - '0') + 1 + (pos % 9)) % 10);
        if (d == c) {
            d = (char) ('0' + (c - '0' + 1) % 10);
        }
        return s.substring(0, pos) + d + s.substring(pos + 1);
    }
}
