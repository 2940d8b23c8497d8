package dev.veil.cli.admin;

import dev.veil.cli.CliException;
import java.time.Duration;

/** Parses durations such as 90m, 12h, 30d for command options. */
final class Durations {
    private Durations() {
    }

    static Duration parse(String s, String option) {
        try {
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                case 's' -> Duration.ofSeconds(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new CliException(option + " takes a duration like 30d, 12h, 90m or 45s");
        }
    }
}
