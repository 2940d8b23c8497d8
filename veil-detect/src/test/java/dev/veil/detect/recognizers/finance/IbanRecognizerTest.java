package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanRecognizerTest {
    private static final RecognizerAssert IBAN = new RecognizerAssert(new IbanRecognizer(), EntityType.IBAN);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Direct deposit goes to IBAN DE89 3704 0044 0532 0130 00.   | DE89 3704 0044 0532 0130 00
            charges for transfer from GB82WEST12345698765432 to others | GB82WEST12345698765432
            a charge to GB82 WEST 1234 5698 7654 32. Thanks             | GB82 WEST 1234 5698 7654 32
            lower case de89370400440532013000                          | de89370400440532013000
            Norway NO9386011117947 is the shortest                     | NO9386011117947
            grouped unevenly DE89 370400440532013000                   | DE89 370400440532013000
            dashes GB82-WEST-1234-5698-7654-32                         | GB82-WEST-1234-5698-7654-32
            mixed separators GB82-WEST 1234 5698 7654 32               |
            check digits wrong DE88370400440532013000                  |
            wrong length for country DE8937040044053201300             |
            unknown country QQ89370400440532013000                     |
            glued letters xDE89370400440532013000                      |
            trailing digits DE89 3704 0044 0532 0130 00 12             | DE89 3704 0044 0532 0130 00
            """)
    void detects(String text, String expected) {
        IBAN.finds(text, expected);
    }
}
