package dev.veil.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.auth.Principal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits shared through the machine's real Redis (127.0.0.1:6379, which {@code .ci/run}
 * starts); skipped with a message if it does not answer. Two limiters stand for two gateway
 * replicas.
 */
class RedisLimitStoreIT {
    static final URI REDIS = URI.create("redis://127.0.0.1:6379");
    private final String prefix = "veil-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ":";
    private RedisLimitStore a;
    private RedisLimitStore b;

    @BeforeEach
    void connect() {
        try {
            a = RedisLimitStore.open(REDIS, prefix);
            b = RedisLimitStore.open(REDIS, prefix);
        } catch (LimitStoreException e) {
            assumeTrue(false, "Redis at " + REDIS + " does not answer: skipping (" + e.getMessage() + ")");
        }
    }

    @AfterEach
    void close() {
        if (a != null) {
            try (redis.clients.jedis.JedisPooled j = new redis.clients.jedis.JedisPooled(REDIS)) {
                j.keys(prefix + "*").forEach(j::del); // leave the shared server as it was
            }
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static Principal key(String id, int rpm, long tokensPerDay) {
        return new Principal(id, "k", "t", Set.of("app"), Set.of("*"), Set.of(),
                new Principal.Limits(rpm, tokensPerDay), null);
    }

    @Test
    void twoReplicasShareOneBucketEvenWhenTheyRace() throws Exception {
        RateLimiter replica1 = new RateLimiter(a, Clock.systemUTC());
        RateLimiter replica2 = new RateLimiter(b, Clock.systemUTC());
        Principal p = key("key_race", 20, 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                RateLimiter r = i % 2 == 0 ? replica1 : replica2;
                calls.add(() -> {
                    try {
                        r.acquire(p);
                        return true;
                    } catch (ApiException e) {
                        assertThat(e.status()).isEqualTo(429);
                        return false;
                    }
                });
            }
            int allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                allowed += f.get() ? 1 : 0;
            }
            // a burst of one minute's worth in all, not per replica (a refill of at most one more
            // request can happen while the 60 calls run: 20/min is one every 3 s)
            assertThat(allowed).isBetween(20, 21);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDailyTokenQuotaIsSharedAndKeyedByDay() {
        RateLimiter replica1 = new RateLimiter(a, Clock.systemUTC());
        RateLimiter replica2 = new RateLimiter(b, Clock.systemUTC());
        Principal p = key("key_quota", 0, 1000);
        replica1.recordTokens(p, 600);
        replica2.recordTokens(p, 500);
        assertThat(replica1.used(p)).isEqualTo(1100);
        assertThatThrownBy(() -> replica2.acquire(p)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("insufficient_quota"));
        assertThat(a.used("key_quota", LocalDate.of(2001, 1, 1))).isZero();
    }

    @Test
    void anUnreachableStoreRefusesRequestsInsteadOfLettingThemThrough() {
        RedisLimitStore dead = RedisLimitStore.open(REDIS, prefix);
        RateLimiter limiter = new RateLimiter(dead, Clock.systemUTC());
        dead.close(); // the pool is gone: every call fails as if Redis were down
        assertThatThrownBy(() -> limiter.acquire(key("key_dead", 10, 0))).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(503));
        assertThatThrownBy(() -> RedisLimitStore.open(URI.create("redis://127.0.0.1:1"), prefix))
                .isInstanceOf(LimitStoreException.class).hasMessageContaining("does not answer");
    }
}
