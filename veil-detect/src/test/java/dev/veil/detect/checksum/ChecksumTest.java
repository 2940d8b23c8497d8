package dev.veil.detect.checksum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published valid examples, near misses, and check-digit computation for every validator. */
class ChecksumTest {

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            IBAN      | DE89370400440532013000   | true
            IBAN      | GB82WEST12345698765432   | true
            IBAN      | gb82west12345698765432   | true
            IBAN      | NO9386011117947          | true
            IBAN      | DE89370400440532013001   | false
            IBAN      | DE8937040044053201300    | false
            IBAN      | XX89370400440532013000   | false
            ABA       | 021000021                | true
            ABA       | 011000015                | true
            ABA       | 021000022                | false
            ABA       | 131000028                | false
            NHS       | 9434765919               | true
            NHS       | 9434765918               | false
            NHS       | 1234567890               | false
            NINO      | AB123456C                | true
            NINO      | AB123456                 | true
            NINO      | AB123456E                | false
            NINO      | GB123456A                | false
            NINO      | AO123456A                | false
            DE_TAX    | 86095742719              | true
            DE_TAX    | 86095742718              | false
            DE_TAX    | 12345678903              | false
            DE_TAX    | 11145678903              | false
            NIR       | 284057512345672          | true
            NIR       | 184052A12345682          | true
            NIR       | 284057512345673          | false
            NIR       | 284137512345672          | false
            NIF       | 12345678Z                | true
            NIF       | X1234567L                | true
            NIF       | 12345678A                | false
            CF        | RSSMRA85T10A562S         | true
            CF        | RSSMRA85T10A56NH         | true
            CF        | RSSMRA85T10A562T         | false
            BSN       | 111222333                | true
            BSN       | 111222334                | false
            BSN       | 000000000                | false
            NPI       | 1234567893               | true
            NPI       | 1234567894               | false
            NPI       | 3234567893               | false
            DEA       | AB1234563                | true
            DEA       | AB1234564                | false
            DEA       | IB1234563                | false
            VIN       | 1M8GDM9AXKP042788        | true
            VIN       | 1M8GDM9A1KP042788        | false
            VIN       | 1M8GDM9AXKP04278O        | false
            GS1       | 00844588003288           | true
            GS1       | 00844588003289           | false
            MBI       | 1EG4TE5MK73              | true
            MBI       | 1SG4TE5MK73              | false
            MBI       | 0EG4TE5MK73              | false
            BIC       | DEUTDEFF500              | true
            BIC       | DEUTDEFF                 | true
            BIC       | DEUTQQFF                 | false
            BIC       | DEUTDEFF50               | false
            """)
    void validates(String kind, String value, boolean valid) {
        boolean result = switch (kind) {
            case "IBAN" -> Iban.isValid(value);
            case "ABA" -> AbaRouting.isValid(value);
            case "NHS" -> UkNhs.isValid(value);
            case "NINO" -> UkNino.isValid(value);
            case "DE_TAX" -> GermanTaxId.isValid(value);
            case "NIR" -> FrenchNir.isValid(value);
            case "NIF" -> SpanishNif.isValid(value);
            case "CF" -> ItalianFiscalCode.isValid(value);
            case "BSN" -> DutchBsn.isValid(value);
            case "NPI" -> Npi.isValid(value);
            case "DEA" -> DeaNumber.isValid(value);
            case "VIN" -> Vin.isValid(value);
            case "GS1" -> Gs1.isValid(value);
            case "MBI" -> MedicareMbi.isValid(value);
            case "BIC" -> SwiftBic.isValid(value);
            default -> throw new IllegalArgumentException(kind);
        };
        assertThat(result).isEqualTo(valid);
    }

    @Test
    void computesPublishedCheckDigits() {
        assertThat(Iban.checkDigits("DE", "370400440532013000")).isEqualTo("89");
        assertThat(Iban.checkDigits("GB", "WEST12345698765432")).isEqualTo("82");
        assertThat(AbaRouting.checkDigit("02100002")).isEqualTo('1');
        assertThat(UkNhs.checkDigit("943476591")).isEqualTo(9);
        assertThat(UkNhs.checkDigit("123456789")).isEqualTo(-1);
        assertThat(GermanTaxId.checkDigit("8609574271")).isEqualTo('9');
        assertThat(FrenchNir.key("2840575123456")).isEqualTo("72");
        assertThat(FrenchNir.key("184052A123456")).isEqualTo("82");
        assertThat(SpanishNif.checkLetter(12345678)).isEqualTo('Z');
        assertThat(ItalianFiscalCode.checkChar("RSSMRA85T10A562")).isEqualTo('S');
        assertThat(DutchBsn.checkDigit("11122233")).isEqualTo(3);
        assertThat(Npi.checkDigit("123456789")).isEqualTo('3');
        assertThat(DeaNumber.checkDigit("123456")).isEqualTo('3');
        assertThat(Vin.checkDigit("1M8GDM9A0KP042788")).isEqualTo('X');
        assertThat(Gs1.checkDigit("0084458800328")).isEqualTo('8');
    }

    @Test
    void usTaxIdRanges() {
        assertThat(UsTaxIds.isValidSsn(536, 22, 8726)).isTrue();
        assertThat(UsTaxIds.isValidSsn(0, 22, 8726)).isFalse();
        assertThat(UsTaxIds.isValidSsn(666, 22, 8726)).isFalse();
        assertThat(UsTaxIds.isValidSsn(900, 22, 8726)).isFalse();
        assertThat(UsTaxIds.isValidSsn(536, 0, 8726)).isFalse();
        assertThat(UsTaxIds.isValidSsn(536, 22, 0)).isFalse();
        assertThat(UsTaxIds.isValidItin(912, 70, 1234)).isTrue();
        assertThat(UsTaxIds.isValidItin(912, 93, 1234)).isFalse();
        assertThat(UsTaxIds.isKnownExample(78, 5, 1120)).isTrue();
        assertThat(UsTaxIds.isKnownExample(333, 33, 3333)).isTrue();
        assertThat(UsTaxIds.isKnownExample(536, 22, 8726)).isFalse();
        assertThat(UsTaxIds.isValidEinPrefix(12)).isTrue();
        assertThat(UsTaxIds.isValidEinPrefix(7)).isFalse();
        assertThat(UsTaxIds.isValidEinPrefix(89)).isFalse();
    }

    @Test
    void base58CheckRoundTripsAndRejectsTypos() {
        byte[] payload = Base58Check.decode("1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
        assertThat(payload).hasSize(21);
        assertThat(Base58Check.encode(payload)).isEqualTo("1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
        assertThat(Base58Check.decode("1BoatSLRHtKNngkdXEeobR76b53LETtpyU")).isNull();
        assertThat(Base58Check.decode("0OIl")).isNull();
        assertThat(Base58Check.encode(HexFormat.of().parseHex("00" + "00".repeat(20)))).startsWith("11");
    }

    @Test
    void bech32VariantsAndEncoding() {
        assertThat(Bech32.verify("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).isEqualTo(Bech32.Variant.BECH32);
        assertThat(Bech32.verify("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ")).isEqualTo(Bech32.Variant.BECH32);
        assertThat(Bech32.verify("bc1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0sg5tmnz"))
                .isEqualTo(Bech32.Variant.BECH32M);
        assertThat(Bech32.verify("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr")).isNull();
        assertThat(Bech32.verify("bc1qAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).isNull();
        int[] data = {0, 1, 2, 3, 4, 5, 6, 7};
        assertThat(Bech32.verify(Bech32.encode("bc", data, Bech32.Variant.BECH32M))).isEqualTo(Bech32.Variant.BECH32M);
    }

    @Test
    void checkDigitInputsAreValidatedWithoutEchoingThem() {
        assertThatThrownBy(() -> AbaRouting.checkDigit("12345x78")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("12345x78");
        assertThatThrownBy(() -> Iban.checkDigits("QQ", "123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpanishNif.checkLetter(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
