package dev.veil.gateway.limit;

import dev.veil.gateway.api.ApiException;
import dev.veil.gateway.auth.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * Per-principal limits: a token bucket of requests per minute (burst = one minute's worth) and a
 * quota of model tokens per UTC day. The state lives in a {@link LimitStore}: this process by
 * default, or Redis shared by all replicas ({@code limits.redis}). The day comes from an injected
 * clock, so tests are deterministic. Thread-safe. If the store fails, the request is refused with
 * 503 (fail closed), never let through unmetered.
 */
public final class RateLimiter {
    private final LimitStore store;
    private final Clock clock;

    public RateLimiter(LimitStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** In-process limits with an injected monotonic ticker (nanoseconds). */
    public RateLimiter(LongSupplier nanoTime, Clock clock) {
        this(new MemoryLimitStore(nanoTime), clock);
    }

    public static RateLimiter system() {
        return new RateLimiter(System::nanoTime, Clock.systemUTC());
    }

    /** Takes one request from the principal's bucket, or throws 429 (503 if the store fails). */
    public void acquire(Principal p) {
        int rpm = p.limits().requestsPerMinute();
        try {
            if (rpm > 0 && !store.tryTake(p.keyId(), rpm)) {
                throw ApiException.rateLimited("rate_limit_exceeded",
                        "rate limit of " + rpm + " requests per minute reached for key " + p.keyId());
            }
            long quota = p.limits().tokensPerDay();
            if (quota > 0 && store.used(p.keyId(), today()) >= quota) {
                throw ApiException.rateLimited("insufficient_quota",
                        "daily token quota of " + quota + " reached for key " + p.keyId());
            }
        } catch (LimitStoreException e) {
            throw unavailable();
        }
    }

    /** Adds model tokens used by a finished request to the principal's daily total. */
    public void recordTokens(Principal p, long tokens) {
        if (tokens <= 0 || p.limits().tokensPerDay() <= 0) {
            return;
        }
        try {
            store.addTokens(p.keyId(), today(), tokens);
        } catch (LimitStoreException e) {
            throw unavailable();
        }
    }

    /** Tokens used today by the principal. */
    public long used(Principal p) {
        try {
            return store.used(p.keyId(), today());
        } catch (LimitStoreException e) {
            throw unavailable();
        }
    }

    /** Releases the store (a Redis connection pool). */
    public void close() {
        store.close();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static ApiException unavailable() {
        return ApiException.unavailable("rate_limit_store_unavailable",
                "the rate-limit store cannot be reached, so requests are refused; see the gateway's log");
    }
}
