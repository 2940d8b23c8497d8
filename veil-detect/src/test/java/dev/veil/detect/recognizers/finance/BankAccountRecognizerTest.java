package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankAccountRecognizerTest {
    private static final RecognizerAssert ACCOUNT = new RecognizerAssert(new BankAccountRecognizer(),
            EntityType.BANK_ACCOUNT);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            account number 000123456789                    | 000123456789
            Acct# 4410-22871 closed                        | 4410-22871
            a/c 12345678                                   | 12345678
            checking account no. 1234 5678 9012            | 1234 5678 9012
            your account 98765432 was charged              | 98765432
            account 12345678 2024 statement                | 12345678
            no cue 000123456789                            |
            account 2023-2024 summary                      |
            too short account 12345                        |
            too long account 123456789012345678            |
            letters account AB123456                       |
            """)
    void detects(String text, String expected) {
        ACCOUNT.finds(text, expected);
    }
}
