package dev.veil.anonymize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date at the start of a detected DATE value and remembers its layout, so that a shifted
 * date is written the way the original was: {@code 03/14/1985} stays {@code MM/dd/yyyy},
 * {@code 3/4/85} keeps single digits and a 2-digit year, {@code 14 March 1985} keeps the written
 * month. Whatever follows the date (a time, a time zone) is kept unchanged.
 *
 * <p>Numeric dates with '/' or '-' are read month first (US) unless the first field is over 12;
 * dates with '.' are read day first (European). Only values of at most 64 chars are looked at, and
 * the patterns are anchored and bounded, so parsing is cheap.
 */
final class DateFormats {
    private static final String MONTHS = "(?i)(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(\\.?)";
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTHS + "(\\s+)(\\d{1,2})(st|nd|rd|th)?(,?\\s*)(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?(\\s+(?:of\\s+)?)" + MONTHS
            + "(,?\\s*)(\\d{4})(?!\\d)");

    private DateFormats() {
    }

    /** A parsed date and a function that writes any date in the original's layout. */
    record Parsed(LocalDate date, Function<LocalDate, String> layout) {
        String format(LocalDate d) {
            return layout.apply(d);
        }
    }

    static Optional<Parsed> parse(String value) {
        if (value.length() > 64) {
            return Optional.empty();
        }
        try {
            Matcher m;
            if ((m = ISO.matcher(value)).lookingAt()) {
                return iso(value, m);
            }
            if ((m = NUMERIC.matcher(value)).lookingAt()) {
                return numeric(value, m);
            }
            if ((m = COMPACT.matcher(value)).lookingAt()) {
                Matcher mm = m;
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                String rest = value.substring(m.end());
                return Optional.of(new Parsed(d, x -> pad(x.getYear(), 4) + pad(x.getMonthValue(), 2)
                        + pad(x.getDayOfMonth(), 2) + rest));
            }
            if ((m = MONTH_DAY_YEAR.matcher(value)).lookingAt()) {
                return monthDayYear(value, m);
            }
            if ((m = DAY_MONTH_YEAR.matcher(value)).lookingAt()) {
                return dayMonthYear(value, m);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // not a real calendar date (Feb 30): unparseable
        }
        return Optional.empty();
    }

    private static Optional<Parsed> iso(String value, Matcher m) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 3), num(m, 4));
        String sep = m.group(2);
        int mw = m.group(3).length();
        int dw = m.group(4).length();
        String rest = value.substring(m.end());
        return Optional.of(new Parsed(d, x -> pad(x.getYear(), 4) + sep + pad(x.getMonthValue(), mw) + sep
                + pad(x.getDayOfMonth(), dw) + rest));
    }

    private static Optional<Parsed> numeric(String value, Matcher m) {
        int a = num(m, 1);
        int b = num(m, 3);
        String sep = m.group(2);
        boolean dayFirst = sep.equals(".") || a > 12;
        int month = dayFirst ? b : a;
        int day = dayFirst ? a : b;
        String y = m.group(4);
        int year = Integer.parseInt(y);
        boolean shortYear = y.length() == 2;
        if (shortYear) {
            // two-digit years: the window 1930-2029, as most spreadsheets read them
            year += year >= 30 ? 1900 : 2000;
        }
        LocalDate d = LocalDate.of(year, month, day);
        // zero padding: shown by a leading zero; two 2-digit fields (12/28) are read as padded,
        // the usual machine format
        boolean padded = m.group(1).startsWith("0") || m.group(3).startsWith("0")
                || m.group(1).length() == 2 && m.group(3).length() == 2;
        int aw = padded ? 2 : 1;
        int bw = padded ? 2 : 1;
        String rest = value.substring(m.end());
        return Optional.of(new Parsed(d, x -> {
            int first = dayFirst ? x.getDayOfMonth() : x.getMonthValue();
            int second = dayFirst ? x.getMonthValue() : x.getDayOfMonth();
            String yy = shortYear ? pad(x.getYear() % 100, 2) : pad(x.getYear(), 4);
            return pad(first, aw) + sep + pad(second, bw) + sep + yy + rest;
        }));
    }

    private static Optional<Parsed> monthDayYear(String value, Matcher m) {
        Month month = month(m.group(1));
        LocalDate d = LocalDate.of(num(m, 7), month, num(m, 4));
        MonthStyle style = MonthStyle.of(m.group(1));
        String dot = m.group(2);
        String space = m.group(3);
        int dw = m.group(4).startsWith("0") ? 2 : 1;
        boolean ordinal = m.group(5) != null;
        String comma = m.group(6);
        String rest = value.substring(m.end());
        return Optional.of(new Parsed(d, x -> style.write(x.getMonth()) + dot + space + pad(x.getDayOfMonth(), dw)
                + (ordinal ? suffix(x.getDayOfMonth()) : "") + comma + pad(x.getYear(), 4) + rest));
    }

    private static Optional<Parsed> dayMonthYear(String value, Matcher m) {
        Month month = month(m.group(4));
        LocalDate d = LocalDate.of(num(m, 7), month, num(m, 1));
        MonthStyle style = MonthStyle.of(m.group(4));
        int dw = m.group(1).startsWith("0") ? 2 : 1;
        boolean ordinal = m.group(2) != null;
        String between = m.group(3);
        String dot = m.group(5);
        String comma = m.group(6);
        String rest = value.substring(m.end());
        return Optional.of(new Parsed(d, x -> pad(x.getDayOfMonth(), dw) + (ordinal ? suffix(x.getDayOfMonth()) : "")
                + between + style.write(x.getMonth()) + dot + comma + pad(x.getYear(), 4) + rest));
    }

    /** How the original wrote the month: full or 3-letter, and its letter case. */
    private record MonthStyle(boolean full, boolean sept, boolean upper, boolean lower) {
        static MonthStyle of(String word) {
            boolean full = word.length() > 4 || word.equalsIgnoreCase("may") || word.equalsIgnoreCase("june")
                    || word.equalsIgnoreCase("july");
            return new MonthStyle(full, word.equalsIgnoreCase("sept"), word.equals(word.toUpperCase(Locale.ROOT)),
                    word.equals(word.toLowerCase(Locale.ROOT)));
        }

        String write(Month m) {
            String s = m.getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
            if (sept && m == Month.SEPTEMBER) {
                s = "Sept"; // the 4-letter abbreviation, as the original wrote it
            }
            return upper ? s.toUpperCase(Locale.ROOT) : lower ? s.toLowerCase(Locale.ROOT) : s;
        }
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month");
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
