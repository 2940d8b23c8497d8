package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianFiscalCodeRecognizerTest {
    private static final RecognizerAssert CF = new RecognizerAssert(new ItalianFiscalCodeRecognizer(),
            EntityType.IT_FISCAL_CODE);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            codice fiscale RSSMRA85T10A562S                | RSSMRA85T10A562S
            lower case rssmra85t10a562s                    | rssmra85t10a562s
            homocode RSSMRA85T10A56NH                      | RSSMRA85T10A56NH
            check wrong RSSMRA85T10A562T                   |
            month letter F invalid RSSMRA85F10A562S        |
            day 35 invalid RSSMRA85T35A562S                |
            glued XRSSMRA85T10A562S                        |
            """)
    void detects(String text, String expected) {
        CF.finds(text, expected);
    }
}
