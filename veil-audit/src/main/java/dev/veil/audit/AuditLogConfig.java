package dev.veil.audit;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a {@link FileAuditLog} writes. Build with {@link #builder(Path)}; every value has a safe
 * default.
 *
 * @param directory          the audit directory ({@code <data>/audit})
 * @param fsyncPolicy        when an append is acknowledged
 * @param fsyncInterval      GROUP: minimum time between fsync starts (0, the default: none); PERIODIC: time
 *                           between fsyncs
 * @param maxSegmentBytes    a segment is sealed once it reaches this size
 * @param maxSegmentAge      a segment is sealed once its first record is this old (by {@code clock})
 * @param headInterval       how often the signed head checkpoint is refreshed while records arrive;
 *                           records after the last head checkpoint can be cut off undetected
 * @param clock              time source for record-independent times (checkpoints, segment age)
 * @param random             randomness for key generation
 */
public record AuditLogConfig(Path directory, FsyncPolicy fsyncPolicy, Duration fsyncInterval, long maxSegmentBytes,
                             Duration maxSegmentAge, Duration headInterval, Clock clock,
                             Supplier<SecureRandom> random) {

    public AuditLogConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(fsyncPolicy, "fsyncPolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(fsyncInterval, "fsyncInterval");
        if (fsyncInterval.isNegative() || (fsyncPolicy == FsyncPolicy.PERIODIC && fsyncInterval.isZero())) {
            throw new IllegalArgumentException("fsyncInterval must be positive (zero allowed for GROUP)");
        }
        requirePositive(maxSegmentAge, "maxSegmentAge");
        requirePositive(headInterval, "headInterval");
        if (maxSegmentBytes < 1024) {
            throw new IllegalArgumentException("maxSegmentBytes must be at least 1024");
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    public static final class Builder {
        private final Path directory;
        private FsyncPolicy policy = FsyncPolicy.GROUP;
        private Duration fsyncInterval;
        private long maxSegmentBytes = 64L * 1024 * 1024;
        private Duration maxSegmentAge = Duration.ofDays(1);
        private Duration headInterval = Duration.ofSeconds(1);
        private Clock clock = Clock.systemUTC();
        private Supplier<SecureRandom> random = SecureRandom::new;

        private Builder(Path directory) {
            this.directory = directory;
        }

        public Builder fsyncPolicy(FsyncPolicy policy) {
            this.policy = policy;
            return this;
        }

        /** Defaults: 0 for GROUP (no minimum spacing), 1 s for PERIODIC (unused by ALWAYS). */
        public Builder fsyncInterval(Duration interval) {
            this.fsyncInterval = interval;
            return this;
        }

        public Builder maxSegmentBytes(long bytes) {
            this.maxSegmentBytes = bytes;
            return this;
        }

        public Builder maxSegmentAge(Duration age) {
            this.maxSegmentAge = age;
            return this;
        }

        public Builder headInterval(Duration interval) {
            this.headInterval = interval;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder random(Supplier<SecureRandom> random) {
            this.random = random;
            return this;
        }

        public AuditLogConfig build() {
            Duration interval = fsyncInterval != null ? fsyncInterval
                    : policy == FsyncPolicy.PERIODIC ? Duration.ofSeconds(1) : Duration.ZERO;
            return new AuditLogConfig(directory, policy, interval, maxSegmentBytes, maxSegmentAge, headInterval,
                    clock, random);
        }
    }
}
