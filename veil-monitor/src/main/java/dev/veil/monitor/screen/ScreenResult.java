package dev.veil.monitor.screen;

import dev.veil.monitor.alert.Alert;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of screening one prompt.
 *
 * <p>Guarantees: a blocked prompt cannot be forwarded by mistake, since {@link #text()} throws for
 * it; {@link #reason()} and {@link #toString()} name categories, rules and scores, never any text.
 */
public final class ScreenResult {

    /** What happens to the request. */
    public enum Outcome {
        /** Forward the prompt as it was sent. */
        ALLOWED,
        /** Forward {@link #text()}, in which the offending spans were removed. */
        MASKED,
        /** Refuse the request. */
        BLOCKED
    }

    private final Outcome outcome;
    private final String text;
    private final List<Detection> detections;
    private final Map<ScreenCategory, Double> scores;
    private final Set<ScreenCategory> fired;
    private final List<Alert> alerts;

    ScreenResult(Outcome outcome, String text, List<Detection> detections, Map<ScreenCategory, Double> scores,
                 Set<ScreenCategory> fired, List<Alert> alerts) {
        this.outcome = outcome;
        this.text = text;
        this.detections = List.copyOf(detections);
        this.scores = Map.copyOf(scores);
        this.fired = Set.copyOf(fired);
        this.alerts = List.copyOf(alerts);
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean blocked() {
        return outcome == Outcome.BLOCKED;
    }

    /**
     * The prompt to forward: the original if allowed, the masked copy if masked.
     *
     * @throws IllegalStateException if the prompt was blocked
     */
    public String text() {
        if (outcome == Outcome.BLOCKED) {
            throw new IllegalStateException("input screening: prompt was blocked, nothing may be forwarded");
        }
        return text;
    }

    /** Every rule that matched, including those below the firing threshold. */
    public List<Detection> detections() {
        return detections;
    }

    /** Combined score per category (noisy-OR of the best score of each rule). */
    public Map<ScreenCategory, Double> scores() {
        return scores;
    }

    public double score(ScreenCategory c) {
        return scores.getOrDefault(c, 0.0);
    }

    /** Categories whose combined score reached the threshold. */
    public Set<ScreenCategory> fired() {
        return fired;
    }

    /** Alerts raised (already published to the configured sink). */
    public List<Alert> alerts() {
        return alerts;
    }

    /** E.g. {@code blocked: prompt_injection:inj.ignore_previous(0.95)}; never contains prompt text. */
    public String reason() {
        if (fired.isEmpty()) {
            return outcome.name().toLowerCase(java.util.Locale.ROOT);
        }
        String rules = detections.stream().filter(d -> fired.contains(d.category()))
                .map(Detection::reason).distinct().collect(Collectors.joining(", "));
        return outcome.name().toLowerCase(java.util.Locale.ROOT) + ": " + rules;
    }

    @Override
    public String toString() {
        return "ScreenResult[" + reason() + "]";
    }
}
