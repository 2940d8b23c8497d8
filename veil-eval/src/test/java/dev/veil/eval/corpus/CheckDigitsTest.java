package dev.veil.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generator's check-digit functions against published valid examples (EntityType catalogue,
 * Federal Reserve routing numbers, CMS NPI sample, IBAN registry examples, BIP-173 vectors).
 */
class CheckDigitsTest {

    @ParameterizedTest
    @CsvSource({"DE, 370400440532013000, 89", "GB, WEST12345698765432, 82", "FR, 20041010050500013M02606, 14",
        "NL, ABNA0417164300, 91"})
    void ibanCheckDigits(String country, String bban, String check) {
        assertThat(FinanceValues.ibanCheckDigits(country, bban)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"02100002, 1", "01100001, 5"})
    void abaCheckDigit(String eight, char check) {
        assertThat(FinanceValues.abaCheckDigit(eight)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"943476591, 9"})
    void nhsCheckDigit(String nine, int check) {
        assertThat(GovernmentIds.nhsCheckDigit(nine)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"8609574271, 9"})
    void germanTaxIdCheckDigit(String ten, int check) {
        assertThat(GovernmentIds.iso7064Mod11_10(ten)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"RSSMRA85T10A562, S", "MRTMTT25D09F205, Z"})
    void italianFiscalCodeCheckChar(String fifteen, char check) {
        assertThat(GovernmentIds.itCheckChar(fifteen)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"123456789, 3"})
    void npiCheckDigit(String nine, char check) {
        assertThat(HealthIds.npiCheckDigit(nine)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"123456, 3"})
    void deaCheckDigit(String six, char check) {
        // AB1234563 is the textbook example: (1+3+5) + 2*(2+4+6) = 33 -> 3
        assertThat(HealthIds.deaCheckDigit(six)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352"})
    void vinCheckChar(String vin) {
        assertThat(DeviceIds.vinCheckChar(vin)).isEqualTo(vin.charAt(8));
    }

    @org.junit.jupiter.api.Test
    void bitcoinEncodings() {
        // BIP-173 test vector: P2WPKH for program 751e76e8199196d454941c45d1b3a323f1433bd6
        byte[] program = java.util.HexFormat.of().parseHex("751e76e8199196d454941c45d1b3a323f1433bd6");
        assertThat(FinanceValues.bech32Segwit(program)).isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        // the same hash160 as a P2PKH address (Bitcoin wiki example)
        assertThat(FinanceValues.base58check((byte) 0, program)).isEqualTo("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH");
    }
}
