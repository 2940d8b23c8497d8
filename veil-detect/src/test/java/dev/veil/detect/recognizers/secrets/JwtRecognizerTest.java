package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new JwtRecognizer());
    private static final String JWT =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk4";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            Authorization: Bearer JWT                                        | JWT
            {"id_token":"JWT"}                                               | JWT
            token=JWT&state=1                                                | JWT
            unsigned eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. next               | eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.
            # header is not JSON with alg
            eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl       |
            # only two parts
            eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0                             |
            # glued to a longer base64 run
            xyzeyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl  |
            # header not decodable
            eyJ!!!.abc.def                                                   |
            plain text with eyJ in it                                        |
            """)
    void detects(String text, String expected) {
        SecretAssertions.assertSingle(ANALYZER, text.replace("JWT", JWT), expected == null ? null : expected.replace("JWT", JWT),
                EntityType.JWT, "jwt");
    }
}
