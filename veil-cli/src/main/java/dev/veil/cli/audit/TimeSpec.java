package dev.veil.cli.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the time filters: an ISO-8601 instant ({@code 2025-03-01T09:00:00Z}), a date (UTC
 * midnight, {@code 2025-03-01}), or an age relative to now ({@code 90s}, {@code 15m}, {@code 24h},
 * {@code 7d}).
 */
final class TimeSpec {
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,9})([smhd])");

    private TimeSpec() {
    }

    static Instant parse(String spec, Clock clock) {
        String s = spec.trim();
        Matcher m = RELATIVE.matcher(s.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return clock.instant().minus(d);
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time must be an ISO instant, a date (YYYY-MM-DD) or an age like 24h/7d");
        }
    }
}
