package dev.veil.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.auth.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong();

    private static Principal key(int rpm, long tokensPerDay) {
        return new Principal("key_1", "k", "t", Set.of("app"), Set.of("*"), Set.of(),
                new Principal.Limits(rpm, tokensPerDay), null);
    }

    @Test
    void tokenBucketAllowsBurstThenRefillsOverTime() {
        RateLimiter r = new RateLimiter(nanos::get, Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
        Principal p = key(3, 0);
        r.acquire(p);
        r.acquire(p);
        r.acquire(p);
        assertThatThrownBy(() -> r.acquire(p)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(429));
        nanos.addAndGet(20_000_000_000L); // 20 s refills one request at 3/min
        r.acquire(p);
        assertThatThrownBy(() -> r.acquire(p)).isInstanceOf(ApiException.class);
    }

    @Test
    void dailyTokenQuotaResetsAtUtcMidnight() {
        Instant[] now = {Instant.parse("2026-11-28T23:59:00Z")};
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId z) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        RateLimiter r = new RateLimiter(nanos::get, clock);
        Principal p = key(0, 100);
        r.acquire(p);
        r.recordTokens(p, 100);
        assertThatThrownBy(() -> r.acquire(p)).isInstanceOf(ApiException.class)
                .hasMessageContaining("quota");
        now[0] = Instant.parse("2026-11-29T00:00:01Z");
        r.acquire(p);
        assertThat(r.used(p)).isZero();
    }
}
