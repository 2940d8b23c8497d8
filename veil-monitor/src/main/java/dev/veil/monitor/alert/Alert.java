package dev.veil.monitor.alert;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One security event raised by screening or monitoring: which rule fired, how severe it is, which
 * kinds of thing were involved and how many of each, for which key and request, and when.
 *
 * <p>Guarantee: an alert never carries a detected value or any text of a prompt or answer. Every
 * string field is checked against a restricted identifier alphabet when the alert is built, so a
 * value cannot be smuggled in through a rule id, a type name or a key id; counts are plain
 * integers. Alerts are immutable and safe to log, serialise and ship to any sink.
 *
 * @param severity  how urgent
 * @param rule      id of the rule that fired, e.g. {@code output.canary}
 * @param counts    per-type counts, e.g. {@code EMAIL -> 2}; keys are type names, sorted
 * @param keyId     the API key's id (not the key), or {@code null} if unknown
 * @param requestId the request's id, or {@code null} if unknown
 * @param model     the model that produced the answer, or {@code null} if not applicable
 * @param time      when the event was observed
 */
public record Alert(Severity severity, String rule, Map<String, Integer> counts, String keyId, String requestId,
                    String model, Instant time) {

    private static final Pattern RULE = Pattern.compile("[a-z0-9_.:-]{1,80}");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_.:-]{1,80}");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,200}");

    public Alert {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(time, "time");
        rule = check(RULE, "rule", Objects.requireNonNull(rule, "rule"));
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (Map.Entry<String, Integer> e : Objects.requireNonNull(counts, "counts").entrySet()) {
            check(TYPE, "type", e.getKey());
            int n = Objects.requireNonNull(e.getValue(), "count");
            if (n < 0) {
                throw new IllegalArgumentException("alert count must be >= 0");
            }
            sorted.put(e.getKey(), n);
        }
        counts = Collections.unmodifiableSortedMap(sorted);
        keyId = keyId == null ? null : check(IDENT, "keyId", keyId);
        requestId = requestId == null ? null : check(IDENT, "requestId", requestId);
        model = model == null ? null : check(IDENT, "model", model);
    }

    /** Starts an alert for {@code rule} at {@code severity}. */
    public static Builder builder(Severity severity, String rule) {
        return new Builder(severity, rule);
    }

    /** The type names involved (the keys of {@link #counts()}). */
    public Set<String> types() {
        return counts.keySet();
    }

    /** Sum of all counts. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Optional<String> keyIdOpt() {
        return Optional.ofNullable(keyId);
    }

    public Optional<String> requestIdOpt() {
        return Optional.ofNullable(requestId);
    }

    public Optional<String> modelOpt() {
        return Optional.ofNullable(model);
    }

    /** This alert as one line of JSON (the structured form every sink uses). */
    public String toJson() {
        return AlertJson.write(this);
    }

    private static String check(Pattern p, String field, String s) {
        if (!p.matcher(s).matches()) {
            // The rejected text is never echoed: it may be exactly the value we must not carry.
            throw new IllegalArgumentException("alert " + field + " must match " + p.pattern());
        }
        return s;
    }

    /** Builds an {@link Alert}. Not thread-safe. */
    public static final class Builder {
        private final Severity severity;
        private final String rule;
        private final TreeMap<String, Integer> counts = new TreeMap<>();
        private String keyId;
        private String requestId;
        private String model;
        private Instant time;

        private Builder(Severity severity, String rule) {
            this.severity = severity;
            this.rule = rule;
        }

        /** Adds {@code n} to the count of {@code type}. */
        public Builder count(String type, int n) {
            counts.merge(type, n, Integer::sum);
            return this;
        }

        public Builder counts(Map<String, Integer> all) {
            all.forEach(this::count);
            return this;
        }

        public Builder keyId(String id) {
            this.keyId = id;
            return this;
        }

        public Builder requestId(String id) {
            this.requestId = id;
            return this;
        }

        public Builder model(String m) {
            this.model = m;
            return this;
        }

        public Builder time(Instant t) {
            this.time = t;
            return this;
        }

        public Alert build() {
            return new Alert(severity, rule, counts, keyId, requestId, model, time);
        }
    }
}
