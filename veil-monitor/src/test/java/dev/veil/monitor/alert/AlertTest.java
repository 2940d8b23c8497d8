package dev.veil.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlertTest {
    static final Instant T = Instant.parse("2026-03-01T10:15:30.123456789Z");

    static Alert sample() {
        return Alert.builder(Severity.HIGH, "output.pii_leak").count("EMAIL", 2).count("PHONE", 1)
                .keyId("key-7").requestId("req-42").model("llama3").time(T).build();
    }

    @Test
    void jsonCarriesEveryFieldAndSortsTypes() {
        assertThat(sample().toJson()).isEqualTo("{\"time\":\"2026-03-01T10:15:30.123456789Z\",\"severity\":\"HIGH\","
                + "\"rule\":\"output.pii_leak\",\"types\":[\"EMAIL\",\"PHONE\"],\"counts\":{\"EMAIL\":2,\"PHONE\":1},"
                + "\"keyId\":\"key-7\",\"requestId\":\"req-42\",\"model\":\"llama3\"}");
        assertThat(sample().total()).isEqualTo(3);
    }

    @Test
    void countsAddUpAndOptionalFieldsMayBeAbsent() {
        Alert a = Alert.builder(Severity.LOW, "r").count("X", 1).count("X", 2).time(T).build();
        assertThat(a.counts()).containsExactly(Map.entry("X", 3));
        assertThat(a.keyIdOpt()).isEmpty();
        assertThat(a.toJson()).doesNotContain("keyId").doesNotContain("requestId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria.garcia@example.org leaked", "4539 1488 0343 6467", "a\"b", "x\ny", ""})
    void valuesCannotBeSmuggledThroughFieldsAndAreNotEchoed(String bad) {
        assertThatThrownBy(() -> Alert.builder(Severity.LOW, "r").keyId(bad).time(T).build())
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad.isEmpty() ? "\u0000" : bad));
        assertThatThrownBy(() -> Alert.builder(Severity.LOW, "r").count(bad, 1).time(T).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alert.builder(Severity.LOW, bad).time(T).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> Alert.builder(Severity.LOW, "r").count("X", -1).time(T).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(seed = "20261129")
    void anyAcceptedAlertSerialisesToAsciiWithoutControlChars(@ForAll String keyId, @ForAll String type) {
        Alert a;
        try {
            a = Alert.builder(Severity.MEDIUM, "r.x").count(type, 1).keyId(keyId).time(T).build();
        } catch (IllegalArgumentException rejected) {
            return; // rejection is the other acceptable outcome
        }
        assertThat(a.toJson()).matches("[\\x20-\\x7e]+");
    }

    @Test
    void syslogFormatFollowsRfc5424() {
        Rfc5424 f = new Rfc5424(13, "gw-1", "veil", "123", "veil@32473");
        // PRI = 13 * 8 + 3 (HIGH -> error)
        assertThat(f.format(sample())).startsWith("<107>1 2026-03-01T10:15:30.123456Z gw-1 veil 123 ALERT "
                + "[veil@32473 rule=\"output.pii_leak\" severity=\"HIGH\" keyId=\"key-7\" requestId=\"req-42\" "
                + "model=\"llama3\" count=\"EMAIL=2\" count=\"PHONE=1\"] {\"time\"");
        assertThat(new Rfc5424(4, "bad host", "", null, "veil@32473").format(sample()))
                .startsWith("<35>1 2026-03-01T10:15:30.123456Z - - - ALERT ");
    }
}
