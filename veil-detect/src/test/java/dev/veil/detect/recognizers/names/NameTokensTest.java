package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTokensTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                 | tokens (space-separated)           | shapes
            Mr. O'Brien            | Mr . O ' Brien                     | 1 7 3 7 1
            Smith42                | Smith 42                           | 1 6
            Sanders-Gill           | Sanders - Gill                     | 1 7 1
            ÉCHIROLLES née Söderberg | ÉCHIROLLES née Söderberg         | 2 0 1
            McDonald iPhone x      | McDonald iPhone x                  | 5 5 4
            """)
    void splitsLettersDigitsAndMarks(String text, String tokens, String shapes) {
        NameTokens t = new NameTokens(text);
        String[] want = tokens.split(" ");
        String[] wantShapes = shapes.split(" ");
        assertThat(t.size()).isEqualTo(want.length);
        for (int i = 0; i < want.length; i++) {
            assertThat(text.substring(t.start(i), t.end(i))).isEqualTo(want[i]);
            assertThat(t.shape(i)).isEqualTo(Integer.parseInt(wantShapes[i]));
        }
    }

    @Test
    void hashIsCaseInsensitiveAndMatchesHashOf() {
        NameTokens t = new NameTokens("Boston BOSTON boston");
        assertThat(t.hash(0)).isEqualTo(t.hash(1)).isEqualTo(t.hash(2)).isEqualTo(NameTokens.hashOf("boston"));
        assertThat(new NameTokens("Björk").hash(0)).isEqualTo(NameTokens.hashOf("björk"));
    }

    @Test
    void typographicApostropheHashesLikeAscii() {
        assertThat(new NameTokens("\u2019").hash(0)).isEqualTo(new NameTokens("'").hash(0));
        assertThat(new NameTokens("O\u2019Brien").isPunct(1, '\'')).isTrue();
    }

    @Test
    void caseModeOfTheText() {
        assertThat(new NameTokens("follow up with jessica kadyrov in 2 months").mode()).isEqualTo(NameTokens.MODE_LOWER);
        assertThat(new NameTokens("FOLLOW UP WITH JESSICA KADYROV").mode()).isEqualTo(NameTokens.MODE_UPPER);
        assertThat(new NameTokens("Follow up with Jessica Kadyrov").mode()).isEqualTo(NameTokens.MODE_MIXED);
    }

    @Test
    void anAllCapsLineOfAMixedTextHasTheUpperCaseMode() {
        NameTokens t = new NameTokens("Seen today by the team.\nPATIENT JOHN MILLER SEEN\nOK");
        assertThat(t.mode()).isEqualTo(NameTokens.MODE_MIXED);
        assertThat(t.mode(0)).isEqualTo(NameTokens.MODE_MIXED);
        int john = 7; // Seen today by the team . | PATIENT JOHN MILLER SEEN | OK
        assertThat(t.is(john, "john")).isTrue();
        assertThat(t.mode(john)).isEqualTo(NameTokens.MODE_UPPER);
        assertThat(t.mode(t.size() - 1)).as("a short line keeps the text's mode").isEqualTo(NameTokens.MODE_MIXED);
        NameTokens training = new NameTokens(false).reset("Seen today by the team.\nPATIENT JOHN MILLER SEEN\nOK");
        assertThat(training.mode(john)).isEqualTo(NameTokens.MODE_MIXED);
    }

    @Test
    void whitespaceAndLineBreaksBeforeTokens() {
        NameTokens t = new NameTokens("Ann\nLee Ng");
        assertThat(t.newlineBefore(1)).isTrue();
        assertThat(t.spaceBefore(2)).isTrue();
        assertThat(t.newlineBefore(2)).isFalse();
        assertThat(t.toString()).doesNotContain("Ann");
    }
}
