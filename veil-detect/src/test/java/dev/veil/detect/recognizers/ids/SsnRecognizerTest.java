package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsnRecognizerTest {
    private static final RecognizerAssert SSN = new RecognizerAssert(new SsnRecognizer(), EntityType.SSN);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                              | expected span (empty = none)
            Please confirm your SSN 536-22-8726 for payroll.    | 536-22-8726
            his number is 536-22-8726                           | 536-22-8726
            spaced 536 22 8726 here                             | 536 22 8726
            dotted 536.22.8726 here                             | 536.22.8726
            SSN: 536228726                                      | 536228726
            social security number 536 22 8726                  | 536 22 8726
            plain without cue 536228726                         |
            area 000: 000-22-8726                               |
            area 666: 666-22-8726                               |
            area 9xx is never an SSN: 912-70-1234               |
            group 00: 536-00-8726                               |
            serial 0000: 536-22-0000                            |
            example card 078-05-1120                            |
            example 123-45-6789                                 |
            SSN of the example 123-45-6789                      | 123-45-6789
            repeated 111-11-1111                                |
            mixed separators 536-22 8726                        |
            wrong grouping 5362-2-8726                          |
            phone 536-228-7261                                  |
            glued letters abc536-22-8726                        |
            glued after 536-22-8726xyz                          |
            too long 536-22-87261                               |
            """)
    void detects(String text, String expected) {
        SSN.finds(text, expected);
    }
}
