package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new IpAddressRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            client 192.168.10.42 connected                          | 192.168.10.42
            edge 0.0.0.0 and 255.255.255.255.                       | 0.0.0.0 ; 255.255.255.255
            host 10.0.0.1:8080                                      | 10.0.0.1
            octet too big 256.1.1.1                                 |
            leading zero 192.168.01.1                               |
            five parts 1.2.3.4.5                                    |
            version 1.2.3.4 released                                |
            glued abc1.2.3.4                                        |
            v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 here         | 2001:0db8:85a3:0000:0000:8a2e:0370:7334
            compressed 2001:db8::1 and fe80::1ff:fe23:4567:890a     | 2001:db8::1 ; fe80::1ff:fe23:4567:890a
            loopback ::1 ok                                         | ::1
            mapped ::ffff:192.0.2.128 ok                            | ::ffff:192.0.2.128
            zone fe80::1ff:fe23:4567:890a%eth0 ok                   | fe80::1ff:fe23:4567:890a%eth0
            bracketed [2001:db8::8a2e:370:7334]:443                 | 2001:db8::8a2e:370:7334
            ip address 1::2                                         | 1::2
            slice a[1::2]                                           |
            two double colons 2001::db8::1                          |
            too many groups 1:2:3:4:5:6:7:8:9                       |
            time 10:30:45                                           |
            c++ std::vector and Foo::Bar                            |
            hex only abc::def                                       |
            MAC 00:1A:2B:3C:4D:5E                                   |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
