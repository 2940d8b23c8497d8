package dev.veil.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenRunsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            GB82 WEST 1234 5698 7654 32 end | ' '  | 22 | GB82 WEST 1234 5698 7654 32
            1EG4-TE5-MK73 x                 | '-'  | 11 | 1EG4-TE5-MK73
            1EG4-TE5-MK73 x                 | ' '  | 11 | 1EG4
            AB  12                          | ' '  | 9  | AB
            AB 12 34 56 C D                 | ' '  | 9  | AB 12 34 56 C
            """)
    void runEndJoinsSingleSeparators(String s, String seps, int max, String expected) {
        Text text = new Text(s);
        int last = TokenRuns.runEnd(text, 0, seps, max);
        assertThat(s.substring(0, text.tokenEnd(last))).isEqualTo(expected);
    }

    @Test
    void copyUpperRejectsNonAsciiAndOverflow() {
        Text text = new Text("ab12 çd 123456");
        char[] buf = new char[4];
        assertThat(TokenRuns.copyUpper(text, 0, 0, buf)).isEqualTo(4);
        assertThat(new String(buf)).isEqualTo("AB12");
        assertThat(TokenRuns.copyUpper(text, 1, 1, buf)).isEqualTo(-1);
        assertThat(TokenRuns.copyUpper(text, 2, 2, buf)).isEqualTo(-1);
        assertThat(TokenRuns.digitCount("A1B2".toCharArray(), 4)).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-01 | true
            05-01-2024 | true
            5-1-24     | true
            2023-2024  | true
            31-31-2024 | false
            2024-13-01 | false
            1234-5678  | false
            123-45-6789 | false
            2024       | false
            """)
    void recognizesDatesAndYearRanges(String s, boolean date) {
        Text text = new Text(s);
        assertThat(TokenRuns.looksLikeDate(text, 0, text.tokenCount() - 1)).isEqualTo(date);
    }

    @Test
    void groupingNeedsExactSizesAndOneSeparatorKind() {
        String s = "x 536-22-8726 536-22 8726 536228726";
        Text text = new Text(s);
        assertThat(TokenRuns.isGrouped(text, 2, 13, 3, 2, 4)).isTrue();
        assertThat(TokenRuns.separator(text, 2, 13)).isEqualTo('-');
        assertThat(TokenRuns.isGrouped(text, 14, 25, 3, 2, 4)).isFalse();
        assertThat(TokenRuns.isGrouped(text, 26, 35, 3, 2, 4)).isFalse();
        assertThat(TokenRuns.separator(text, 26, 35)).isEqualTo((char) 0);
    }
}
