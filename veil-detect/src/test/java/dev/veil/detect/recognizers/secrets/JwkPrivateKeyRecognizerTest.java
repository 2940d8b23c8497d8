package dev.veil.detect.recognizers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwkPrivateKeyRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new JwkPrivateKeyRecognizer());

    /** {@code text} holds one JSON object between markers; {@code secret} says whether it is reported whole. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            RSA private exponent        | {"kty": "RSA", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw", "e": "AQAB", "d": "X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0_YSfqijwp3RTzlBaCxWp4doFk5N2o8Gy_nHNKroADIkJ46pRUohsXywbReAdYaMwFs9tv8d_cPVY3i07a3t8MN6TNwm0dSawm9v47UiCl3Sk5ZiG7xojPLu4sbg1U2jx4IBTNBznbJSzFHK66jT8bgkuqsk0GjskDJk19Z4qwjwbsnn4j2WBii3RL-Us2lGVkY8fkFzme1z0HbIkfz0Y6mqnOYtqc0X4jfcKoAC8Q"} | true
            EC private key              | {"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cLvs4Ya2YuD0tOM7EEfhTw"} | true
            oct symmetric key           | {"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg"} | true
            public RSA key              | {"kty": "RSA", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc", "e": "AQAB"} | false
            public EC key               | {"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"} | false
            short placeholder d         | {"kty": "EC", "d": "<private>"} | false
            no kty                      | {"d": "jpsQnnGQmL-YBIffH1136cLvs4Ya2YuD0tOM7EEfhTw"} | false
            """)
    void reportsPrivateJwksWhole(String what, String object, boolean secret) {
        String text = "keys: [" + object + "] end";
        List<Finding> fs = ANALYZER.analyze(text);
        if (secret) {
            assertThat(fs).as(what).singleElement().satisfies(f -> {
                assertThat(f.type()).isEqualTo(EntityType.PRIVATE_KEY);
                assertThat(f.textIn(text)).isEqualTo(object);
            });
        } else {
            assertThat(fs).as(what).isEmpty();
        }
    }
}
