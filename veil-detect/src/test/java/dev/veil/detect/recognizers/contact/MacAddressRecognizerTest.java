package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacAddressRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new MacAddressRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ether 00:1A:2B:3C:4D:5E up                              | 00:1A:2B:3C:4D:5E
            device 00-1a-2b-3c-4d-5e.                               | 00-1a-2b-3c-4d-5e
            cisco 001a.2b3c.4d5e                                    | 001a.2b3c.4d5e
            mac address 0012.3456.7890                              | 0012.3456.7890
            numbers 0012.3456.7890                                  |
            mixed separators 00:1A-2B:3C:4D:5E                      |
            seven pairs 00:1A:2B:3C:4D:5E:6F                        |
            glued x00:1A:2B:3C:4D:5E                                |
            non-hex 00:1G:2B:3C:4D:5E                               |
            ipv6 fe80::1ff:fe23:4567:890a                           |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
