package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordSecretRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new KeywordSecretRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            # text                                                              | expected value (empty = none)
            client_secret: 1UYzaLiA/zNyD7CHLn/xC+1hsYgBds1ghxY5Ookv              | 1UYzaLiA/zNyD7CHLn/xC+1hsYgBds1ghxY5Ookv
            aws_secret_access_key = kx9T2mQ7vLp4Rz8Wc1Ny6Bd3Hf5Js0Ga7Ue2Xo4I     | kx9T2mQ7vLp4Rz8Wc1Ny6Bd3Hf5Js0Ga7Ue2Xo4I
            "AwsSecretKey": "J3xYmIgn7dH6cw4W+yqoRgjsFsWvysFjfVcpCh7O9Y"         | J3xYmIgn7dH6cw4W+yqoRgjsFsWvysFjfVcpCh7O9Y
            DD_API_KEY=a65e19cbae530282bd36cb9d21f6be6a                          | a65e19cbae530282bd36cb9d21f6be6a
            access_token:AIhq5Xyb1Gga9Q33                                        | AIhq5Xyb1Gga9Q33
            SECRET KEY:AIhq5Xyb1Gga9Q3x                                          | AIhq5Xyb1Gga9Q3x
            --auth-token Qm8vN2xL4pR7tZ1k                                        | Qm8vN2xL4pR7tZ1k
            Authorization: Bearer Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi               | Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi
            tp_token_value="b035d48j9X2dfjF0hb9sd8Guf5hWu2ia"                    | b035d48j9X2dfjF0hb9sd8Guf5hWu2ia
            key="ToCynx5Se4e2PtoZxEhW7lUJcOX15c54"                               | ToCynx5Se4e2PtoZxEhW7lUJcOX15c54
            api_token: 1ace4d19-fa7e-b4e2-c3f0-9129474bcd81                      | 1ace4d19-fa7e-b4e2-c3f0-9129474bcd81
            sas https://acct.blob.core.windows.net/c?sv=2021-06-08&sp=r&sig=Zm9vYmFy%2BYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg%3D | Zm9vYmFy%2BYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg%3D
            # low entropy, words, ids, hashes under other keys, templates
            secret: not_secret                                                   |
            token = value1                                                       |
            api_key: ${API_KEY}                                                  |
            secret = "my-client-password"                                        |
            foreign_key_id = vh987tyw9ehy8ghis7vwyhiwbwitefy7w3ASDGYDGUASDG       |
            commit a65e19cbae530282bd36cb9d21f6be6abf0d7c1c                      |
            "integrity": "sha512-9h3ZKq0qf1R2m9yJQ4l2p2aC0rQe4dQF7uQk5Q=="        |
            uuid_should_be_ignored: '203db13e-70c7-462b-9a3d-bf32640cb0be'       |
            key: AB12                                                            |
            the key findings were reviewed by the team                           |
            token = 1234567890abcdefghij                                         |
            """)
    void detects(String text, String expected) {
        SecretAssertions.assertSingle(ANALYZER, text, expected, EntityType.SECRET, "keyword_secret");
    }
}
