package dev.veil.monitor.baseline;

import dev.veil.core.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Learns how many entities of each type the answers for a subject (an API key or a model) usually
 * contain, and reports answers and rates that are far above that.
 *
 * <p>Two baselines per subject and type, both exponentially weighted moving averages of mean and
 * variance (Finch, "Incremental calculation of weighted mean and variance", 2009):
 * <ul>
 *   <li><b>per answer</b>: the count in one answer; an answer is anomalous when its count exceeds
 *       the mean by {@code z} standard deviations (and by at least {@code minExcess});
 *   <li><b>per time bucket</b> (default one minute, by the injected {@link Clock}): the count summed
 *       over a bucket; the running bucket is anomalous when it passes the same test, which catches
 *       a key that suddenly receives many card numbers spread over many small answers.
 * </ul>
 * Nothing is judged before {@code warmup} observations. The number of subjects kept is bounded
 * (least recently used are forgotten). Thread-safe.
 */
public final class BaselineTracker {

    /** Which baseline was exceeded. */
    public enum Kind { ANSWER, RATE }

    /**
     * One anomaly.
     *
     * @param subject  e.g. {@code key:k-17} or {@code model:llama3}
     * @param type     the entity type
     * @param kind     per answer or per time bucket
     * @param observed the count that was judged
     * @param mean     the baseline mean
     * @param stdDev   the baseline standard deviation
     */
    public record Anomaly(String subject, EntityType type, Kind kind, double observed, double mean, double stdDev) {
    }

    private final double alpha;
    private final double z;
    private final int warmup;
    private final double minExcess;
    private final long bucketMillis;
    private final int maxSubjects;
    private final Clock clock;
    private final LinkedHashMap<String, Subject> subjects;

    private BaselineTracker(Builder b) {
        this.alpha = b.alpha;
        this.z = b.z;
        this.warmup = b.warmup;
        this.minExcess = b.minExcess;
        this.bucketMillis = b.bucket.toMillis();
        this.maxSubjects = b.maxSubjects;
        this.clock = b.clock;
        this.subjects = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Subject> eldest) {
                return size() > maxSubjects;
            }
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Exponentially weighted mean and variance. */
    private static final class Ewma {
        long n;
        double mean;
        double var;

        void add(double x, double alpha) {
            if (n++ == 0) {
                mean = x;
                var = 0;
                return;
            }
            double diff = x - mean;
            double incr = alpha * diff;
            mean += incr;
            var = (1 - alpha) * (var + diff * incr);
        }

        double sd() {
            return Math.sqrt(Math.max(0, var));
        }
    }

    private static final class State {
        final Ewma answer = new Ewma();
        final Ewma rate = new Ewma();
        long bucket = Long.MIN_VALUE;
        long bucketCount;
        boolean bucketAlerted;
    }

    /** A subject's per-type states, plus what it has seen so far, so a new type starts from zeros. */
    private static final class Subject {
        final Map<EntityType, State> types = new EnumMap<>(EntityType.class);
        long answers;
        long firstBucket = Long.MIN_VALUE;

        /**
         * A type first seen now has, in effect, been zero in every earlier answer and bucket: a key
         * that never received card numbers and suddenly receives ten is exactly the case to catch.
         */
        State newState(long bucket) {
            State s = new State();
            if (answers > 0) {
                s.answer.n = answers;
                s.rate.n = Math.max(0, bucket - firstBucket);
                s.bucket = bucket;
            }
            return s;
        }
    }

    /**
     * Judges one answer's counts for {@code subject} against its baselines, then learns from it.
     * Types the subject has seen before but the answer lacks count as zero.
     */
    public synchronized List<Anomaly> observe(String subject, Map<EntityType, Integer> counts) {
        Objects.requireNonNull(subject, "subject");
        Subject subj = subjects.computeIfAbsent(subject, k -> new Subject());
        long bucket = Math.floorDiv(clock.millis(), bucketMillis);
        if (subj.firstBucket == Long.MIN_VALUE) {
            subj.firstBucket = bucket;
        }
        Map<EntityType, State> states = subj.types;
        for (EntityType t : counts.keySet()) {
            states.computeIfAbsent(t, k -> subj.newState(bucket));
        }
        subj.answers++;
        List<Anomaly> out = new ArrayList<>();
        for (Map.Entry<EntityType, State> e : states.entrySet()) {
            State s = e.getValue();
            int c = counts.getOrDefault(e.getKey(), 0);
            if (s.answer.n >= warmup && exceeds(c, s.answer)) {
                out.add(new Anomaly(subject, e.getKey(), Kind.ANSWER, c, s.answer.mean, s.answer.sd()));
            }
            s.answer.add(c, alpha);
            rollBucket(s, bucket);
            s.bucketCount += c;
            if (!s.bucketAlerted && s.rate.n >= warmup && exceeds(s.bucketCount, s.rate)) {
                s.bucketAlerted = true;
                out.add(new Anomaly(subject, e.getKey(), Kind.RATE, s.bucketCount, s.rate.mean, s.rate.sd()));
            }
        }
        return out;
    }

    /** Whether an answer with {@code count} entities of {@code type} would be anomalous now (no learning). */
    public synchronized boolean wouldFlag(String subject, EntityType type, int count) {
        Subject subj = subjects.get(subject);
        if (subj == null) {
            return false;
        }
        State s = subj.types.get(type);
        if (s == null) {
            // Never seen this type: the baseline is all zeros over the subject's answers.
            return subj.answers >= warmup && count >= minExcess;
        }
        return s.answer.n >= warmup && exceeds(count, s.answer);
    }

    private boolean exceeds(double x, Ewma e) {
        double excess = x - e.mean;
        return excess >= minExcess && excess >= z * e.sd();
    }

    /** Closes finished buckets into the rate baseline; empty buckets in between count as zero. */
    private void rollBucket(State s, long bucket) {
        if (s.bucket == Long.MIN_VALUE) {
            s.bucket = bucket;
            return;
        }
        if (bucket <= s.bucket) {
            return;
        }
        s.rate.add(s.bucketCount, alpha);
        // Bound the catch-up work after a long silence: after ~5/alpha zeros the old level is gone anyway.
        long zeros = Math.min(bucket - s.bucket - 1, (long) Math.ceil(5 / alpha));
        for (long i = 0; i < zeros; i++) {
            s.rate.add(0, alpha);
        }
        s.bucket = bucket;
        s.bucketCount = 0;
        s.bucketAlerted = false;
    }

    /** Number of subjects currently tracked. */
    public synchronized int subjects() {
        return subjects.size();
    }

    /**
     * Settings. Defaults: alpha 0.05 (about the last 20-40 observations), z 4, warm-up 20,
     * minimum excess 3 entities, one-minute buckets, 100,000 subjects, system UTC clock.
     */
    public static final class Builder {
        private double alpha = 0.05;
        private double z = 4;
        private int warmup = 20;
        private double minExcess = 3;
        private Duration bucket = Duration.ofMinutes(1);
        private int maxSubjects = 100_000;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder alpha(double a) {
            if (!(a > 0 && a < 1)) {
                throw new IllegalArgumentException("alpha must be in (0,1)");
            }
            this.alpha = a;
            return this;
        }

        /** How many standard deviations above the mean count as anomalous. */
        public Builder z(double v) {
            this.z = v;
            return this;
        }

        public Builder warmup(int n) {
            this.warmup = n;
            return this;
        }

        /** The smallest excess over the mean, in entities, that can be anomalous (guards zero variance). */
        public Builder minExcess(double m) {
            this.minExcess = m;
            return this;
        }

        public Builder bucket(Duration d) {
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("bucket must be positive");
            }
            this.bucket = d;
            return this;
        }

        public Builder maxSubjects(int n) {
            this.maxSubjects = n;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public BaselineTracker build() {
            return new BaselineTracker(this);
        }
    }
}
