package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.DATE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Dates in the many ways documents write them: numeric US and ISO forms, month names, day and
 * month without a year ("10/12", "Mar 3"), date-times, and the shifted future years of
 * de-identified clinical corpora ("2/24/2101"). A date with a time is one DATE span; a time alone
 * is not labelled.
 */
public final class Dates {
    private static final List<DateTimeFormatter> FULL = formats("MM/dd/yyyy", "M/d/yyyy", "M/d/yy", "yyyy-MM-dd",
            "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dd.MM.yyyy", "MMM. d, yyyy", "EEEE, MMMM d, yyyy",
            "dd-MMM-yyyy");
    private static final List<DateTimeFormatter> PARTIAL = formats("M/d", "MM/dd", "MMM d", "MMMM d", "d MMM", "MMMM yyyy");
    private static final List<DateTimeFormatter> WITH_TIME = formats("yyyy-MM-dd HH:mm", "MM/dd/yyyy h:mm a",
            "yyyy-MM-dd'T'HH:mm:ss'Z'", "M/d/yyyy HH:mm");
    private final Rng rng;

    Dates(Rng rng) {
        this.rng = rng;
    }

    private static List<DateTimeFormatter> formats(String... patterns) {
        return java.util.Arrays.stream(patterns).map(p -> DateTimeFormatter.ofPattern(p, Locale.US)).toList();
    }

    /** A random day between 1935 and 2030, or (with {@code shifted}) in the 2090-2190 range. */
    public LocalDate day(boolean shifted) {
        int year = shifted ? rng.between(2090, 2190) : rng.between(1935, 2030);
        return LocalDate.of(year, 1, 1).plusDays(rng.between(0, 364));
    }

    /** A full date, partial date or date-time. */
    public Piece any(boolean shifted) {
        LocalDate d = day(shifted);
        double r = rng.nextDouble();
        if (r < 0.6) {
            return Piece.of(DATE, rng.pick(FULL).format(d));
        }
        if (r < 0.85) {
            return Piece.of(DATE, rng.pick(PARTIAL).format(d));
        }
        return Piece.of(DATE, rng.pick(WITH_TIME).format(d.atTime(rng.between(0, 23), rng.between(0, 59), rng.between(0, 59))));
    }

    /** A date of birth: always with a year. */
    public Piece birth() {
        return Piece.of(DATE, rng.pick(FULL).format(LocalDate.of(rng.between(1925, 2005), 1, 1).plusDays(rng.between(0, 364))));
    }

    /** Day and month only, the way nursing notes write them ("10/12"). */
    public Piece shortDate() {
        LocalDate d = day(false);
        return Piece.of(DATE, d.getMonthValue() + "/" + d.getDayOfMonth());
    }

    /** A year alone, labelled as a date ("in 2098"), as clinical corpora do. */
    public Piece year(boolean shifted) {
        return Piece.of(DATE, String.valueOf(day(shifted).getYear()));
    }

    /** A time of day: plain text, never labelled. */
    public Piece time() {
        return Piece.plain(rng.chance(0.5) ? String.format(Locale.ROOT, "%02d%02d", rng.between(0, 23), rng.pick(0, 15, 30, 45))
                : String.format(Locale.ROOT, "%d:%02d %s", rng.between(1, 12), rng.between(0, 59), rng.pick("am", "pm", "AM", "PM")));
    }
}
