package dev.veil.audit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long each kind of record must be kept. A segment may be purged only when every record in it
 * has outlived its own kind's period, so one long-lived record (say an ERASE receipt) keeps its
 * whole segment. Immutable.
 */
public final class RetentionPolicy {
    private final Duration defaultPeriod;
    private final Map<AuditKind, Duration> periods;

    private RetentionPolicy(Duration defaultPeriod, Map<AuditKind, Duration> periods) {
        this.defaultPeriod = defaultPeriod;
        this.periods = Map.copyOf(periods);
    }

    /** Starts from {@code defaultPeriod} for every kind. */
    public static Builder keepAllFor(Duration defaultPeriod) {
        return new Builder(defaultPeriod);
    }

    public Duration periodFor(AuditKind kind) {
        return periods.getOrDefault(kind, defaultPeriod);
    }

    @Override
    public String toString() {
        return "RetentionPolicy[default=" + defaultPeriod + ", " + periods + "]";
    }

    public static final class Builder {
        private final Duration defaultPeriod;
        private final Map<AuditKind, Duration> periods = new EnumMap<>(AuditKind.class);

        private Builder(Duration defaultPeriod) {
            this.defaultPeriod = positive(defaultPeriod);
        }

        public Builder keep(AuditKind kind, Duration period) {
            periods.put(Objects.requireNonNull(kind, "kind"), positive(period));
            return this;
        }

        public RetentionPolicy build() {
            return new RetentionPolicy(defaultPeriod, periods);
        }

        private static Duration positive(Duration d) {
            Objects.requireNonNull(d, "period");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("retention period must be positive");
            }
            return d;
        }
    }
}
