package dev.veil.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogAndFanOutSinkTest {

    @Test
    void logSinkWritesOnePrefixedJsonLinePerAlert() {
        List<String> lines = new ArrayList<>();
        LogAlertSink sink = LogAlertSink.to(lines::add);
        sink.publish(AlertTest.sample());
        assertThat(lines).containsExactly(LogAlertSink.PREFIX + AlertTest.sample().toJson());
        assertThat(sink.stats()).isEqualTo(new SinkStats(1, 1, 0, 0));
    }

    @Test
    void fanOutReachesEverySinkEvenWhenOneThrows() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        AlertSink broken = new AlertSink() {
            @Override
            public void publish(Alert alert) {
                throw new IllegalStateException("down");
            }

            @Override
            public SinkStats stats() {
                return SinkStats.EMPTY;
            }
        };
        FanOutAlertSink fan = FanOutAlertSink.of(LogAlertSink.to(a::add), broken, LogAlertSink.to(b::add));
        fan.publish(AlertTest.sample());
        assertThat(a).hasSize(1);
        assertThat(b).hasSize(1);
        assertThat(fan.stats()).isEqualTo(new SinkStats(2, 2, 0, 1));
        fan.close();
    }
}
