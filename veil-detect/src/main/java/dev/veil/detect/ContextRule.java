package dev.veil.detect;

import dev.veil.core.EntityType;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A context cue: if one of {@code phrases} occurs within {@code before} word tokens before a
 * finding of {@code type} (or within {@code after} tokens after it), the finding's score changes by
 * {@code delta} (positive to boost, negative to suppress). Phrases are matched case-insensitively
 * on whole words and may contain several words ("date of birth"). A rule made with {@link #only}
 * changes the findings of that one recognizer, for cues that tell one format from something else.
 */
public record ContextRule(EntityType type, Set<String> phrases, double delta, int before, int after,
        String recognizer) {

    /** A rule for every finding of {@code type}, whichever recognizer reported it. */
    public ContextRule(EntityType type, Set<String> phrases, double delta, int before, int after) {
        this(type, phrases, delta, before, after, null);
    }

    public ContextRule {
        Objects.requireNonNull(type, "type");
        phrases = phrases.stream().map(p -> p.toLowerCase(Locale.ROOT).trim()).collect(Collectors.toUnmodifiableSet());
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("window must be >= 0");
        }
    }

    /** A boost rule looking {@code 6} tokens back and {@code 1} forward. */
    public static ContextRule boost(EntityType type, double delta, String... phrases) {
        return new ContextRule(type, Set.of(phrases), delta, 6, 1);
    }

    /** A suppression rule looking {@code 4} tokens back and {@code 1} forward. */
    public static ContextRule suppress(EntityType type, double delta, String... phrases) {
        return new ContextRule(type, Set.of(phrases), -Math.abs(delta), 4, 1);
    }

    public ContextRule window(int newBefore, int newAfter) {
        return new ContextRule(type, phrases, delta, newBefore, newAfter, recognizer);
    }

    /**
     * This rule for the findings of one recognizer only: "2/3 of" makes a fraction of a numeric
     * date, but "Thanksgiving of last year" stays a holiday.
     */
    public ContextRule only(String recognizerName) {
        return new ContextRule(type, phrases, delta, before, after, Objects.requireNonNull(recognizerName));
    }

    /** Whether the rule applies to {@code f}: its type, and its recognizer if the rule names one. */
    boolean appliesTo(dev.veil.core.Finding f) {
        return recognizer == null || recognizer.equals(f.recognizer());
    }
}
