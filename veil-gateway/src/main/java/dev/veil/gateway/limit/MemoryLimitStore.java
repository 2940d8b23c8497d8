package dev.veil.gateway.limit;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Rate-limit state in this process: right for one gateway replica. */
public final class MemoryLimitStore implements LimitStore {
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, DayUsage> usage = new ConcurrentHashMap<>();

    /** @param nanoTime a monotonic clock in nanoseconds (injected so tests control refills) */
    public MemoryLimitStore(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public boolean tryTake(String keyId, int perMinute) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(keyId, k -> new Bucket(perMinute, now)).tryTake(perMinute, now);
    }

    @Override
    public void addTokens(String keyId, LocalDate day, long tokens) {
        today(keyId, day).count.addAndGet(tokens);
    }

    @Override
    public long used(String keyId, LocalDate day) {
        return today(keyId, day).count.get();
    }

    private DayUsage today(String keyId, LocalDate day) {
        return usage.compute(keyId, (k, u) -> u == null || !u.day.equals(day) ? new DayUsage(day) : u);
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
