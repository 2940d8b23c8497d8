package dev.veil.gateway.limit;

import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.auth.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Per-principal limits: a token bucket of requests per minute (burst = one minute's worth) and a
 * quota of model tokens per UTC day. In-memory, per gateway process. Time comes from an injected
 * nano ticker and clock, so tests are deterministic. Thread-safe.
 */
public final class RateLimiter {
    private final LongSupplier nanoTime;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, DayUsage> usage = new ConcurrentHashMap<>();

    public RateLimiter(LongSupplier nanoTime, Clock clock) {
        this.nanoTime = nanoTime;
        this.clock = clock;
    }

    public static RateLimiter system() {
        return new RateLimiter(System::nanoTime, Clock.systemUTC());
    }

    /** Takes one request from the principal's bucket, or throws 429. */
    public void acquire(Principal p) {
        int rpm = p.limits().requestsPerMinute();
        if (rpm > 0) {
            Bucket b = buckets.computeIfAbsent(p.keyId(), k -> new Bucket(rpm, nanoTime.getAsLong()));
            if (!b.tryTake(rpm, nanoTime.getAsLong())) {
                throw ApiException.rateLimited("rate_limit_exceeded",
                        "rate limit of " + rpm + " requests per minute reached for key " + p.keyId());
            }
        }
        long quota = p.limits().tokensPerDay();
        if (quota > 0 && used(p) >= quota) {
            throw ApiException.rateLimited("insufficient_quota",
                    "daily token quota of " + quota + " reached for key " + p.keyId());
        }
    }

    /** Adds model tokens used by a finished request to the principal's daily total. */
    public void recordTokens(Principal p, long tokens) {
        if (tokens <= 0 || p.limits().tokensPerDay() <= 0) {
            return;
        }
        today(p).count.addAndGet(tokens);
    }

    /** Tokens used today by the principal. */
    public long used(Principal p) {
        return today(p).count.get();
    }

    private DayUsage today(Principal p) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return usage.compute(p.keyId(), (k, u) -> u == null || !u.day.equals(day) ? new DayUsage(day) : u);
    }

    private static final class DayUsage {
        final LocalDate day;
        final AtomicLong count = new AtomicLong();

        DayUsage(LocalDate day) {
            this.day = day;
        }
    }

    /** Token bucket with capacity = rate per minute, refilled continuously. */
    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean tryTake(int perMinute, long now) {
            double refill = (now - last) * (perMinute / 60e9);
            tokens = Math.min(perMinute, tokens + refill);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
