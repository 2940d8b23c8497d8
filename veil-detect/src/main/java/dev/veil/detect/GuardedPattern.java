package dev.veil.detect;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link java.util.regex.Pattern} that cannot run away. Matching reads the input through a
 * char-access budget proportional to the input length; a pattern that backtracks beyond it is
 * stopped with a {@link DetectionException} (the analyzer then fails closed) instead of hanging.
 *
 * <p>Why not RE2/J everywhere: java.util.regex is several times faster on the short candidate
 * windows recognizers feed it, and recognizers' patterns are written with possessive quantifiers
 * and bounded repetition so the budget is a safety net, not a limit hit in practice. Patterns
 * that must scan whole documents with unbounded constructs should use RE2/J instead.
 */
public final class GuardedPattern {
    /** Char reads allowed per input char, plus a constant, before a match is declared runaway. */
    static final int READS_PER_CHAR = 64;
    static final int READS_CONSTANT = 4096;

    private final String name;
    private final Pattern pattern;

    private GuardedPattern(String name, Pattern pattern) {
        this.name = name;
        this.pattern = pattern;
    }

    /** Compiles {@code regex}; {@code name} identifies it in error messages (never the input). */
    public static GuardedPattern compile(String name, String regex) {
        return compile(name, regex, 0);
    }

    public static GuardedPattern compile(String name, String regex, int flags) {
        return new GuardedPattern(Objects.requireNonNull(name), Pattern.compile(regex, flags));
    }

    public String name() {
        return name;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** A matcher over {@code input} with a read budget of {@code 64 * length + 4096}. */
    public Matcher matcher(CharSequence input) {
        return pattern.matcher(new Budgeted(input, name,
                (long) READS_PER_CHAR * input.length() + READS_CONSTANT));
    }

    /** A matcher restricted to {@code [from, to)} of {@code input}; offsets stay those of the input. */
    public Matcher matcher(CharSequence input, int from, int to) {
        Matcher m = pattern.matcher(new Budgeted(input, name,
                (long) READS_PER_CHAR * (to - from) + READS_CONSTANT));
        m.region(from, to);
        return m;
    }

    @Override
    public String toString() {
        return "GuardedPattern[" + name + "]";
    }

    /** CharSequence view that counts reads and throws once the budget is spent. */
    private static final class Budgeted implements CharSequence {
        private final CharSequence s;
        private final String name;
        private long budget;

        Budgeted(CharSequence s, String name, long budget) {
            this.s = s;
            this.name = name;
            this.budget = budget;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new DetectionException("pattern '" + name + "' exceeded its matching budget");
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s.toString();
        }
    }
}
