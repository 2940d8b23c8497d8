package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * A year standing alone, reported only right after a word that makes it a date of someone's life
 * ({@code born 1960}, {@code diagnosed 2015}, {@code since 2010}, {@code class of 1999},
 * {@code summer of 2012}, {@code Copyright 1998}) or after a procedure in a clinical history
 * ({@code s/p CABG 1989}). Bare four-digit numbers are far more often counts, amounts or codes, and
 * "in 1965" is as often the history of a company as of a person (HIPAA keeps years, too),
 * so the cue is checked here, on the one or two words before, instead of through the analyzer's
 * wider context window.
 *
 * <p>Nursing notes write times as four digits ({@code since 1900}, {@code until 2000}), so a
 * value that is also a valid 24-hour time needs a cue other than "since", "until", "from", "by";
 * and a unit after the number ({@code in 1500 ml}) rules it out.
 */
public final class YearRecognizer implements Recognizer {
    private static final int MIN = 1900;
    private static final int MAX = 2199;
    private static final WordList CUES = WordList.of("born", "dob", "died", "deceased", "graduated", "married",
            "diagnosed", "divorced", "widowed", "retired", "emigrated", "immigrated", "adopted", "baptized",
            "since", "until", "spring", "summer", "autumn", "fall", "winter", "copyright");
    /** Cues that also introduce clock times in clinical notes. */
    private static final WordList TIME_CUES = WordList.of("since", "until");
    private static final WordList UNITS = WordList.of("ml", "cc", "mg", "mcg", "g", "kg", "l", "lb", "lbs", "hrs",
            "hr", "h", "hours", "units", "unit", "u", "cal", "kcal", "calories", "dollars", "usd", "eur", "people",
            "patients", "cases", "km", "m", "miles", "feet", "ft", "times", "steps", "words", "pages", "rpm");

    @Override
    public String name() {
        return "date_year";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.string();
        for (int d = 0, numbers = text.digitTokenCount(); d < numbers; d++) {
            int k = text.digitToken(d);
            if (k < 1 || text.tokenLength(k) != 4 || !text.tokenHas(k, Text.FLAG_ALL_DIGITS)) {
                continue;
            }
            int a = text.tokenStart(k);
            int b = text.tokenEnd(k);
            int year = DateParts.value(s, a, b);
            if (year < MIN || year > MAX || !standsAlone(s, a, b) || UNITS.containsToken(text, k + 1)) {
                continue;
            }
            int cue = cueBefore(text, k);
            if (cue < 0) {
                continue;
            }
            boolean clockLike = year % 100 < 60 && year / 100 < 24;
            if (clockLike && TIME_CUES.containsToken(text, cue)) {
                continue;
            }
            out.add(new Finding(EntityType.DATE, a, b, 0.6, name()));
        }
    }

    /** Index of the cue word before token {@code k} ("in 1985", "summer of 2012"), or -1. */
    private static int cueBefore(Text text, int k) {
        int p = k - 1;
        if (!gapIsSpace(text, text.tokenEnd(p), text.tokenStart(k))) {
            return -1;
        }
        boolean linking = text.tokenEquals(p, "of") || text.tokenEquals(p, "in");
        if (linking && p >= 1 && gapIsSpace(text, text.tokenEnd(p - 1), text.tokenStart(p))) {
            // "class of 1999", "summer of 2012", "born in 1960"
            return text.tokenEquals(p - 1, "class") || CUES.containsToken(text, p - 1) ? p - 1 : -1;
        }
        if (CUES.containsToken(text, p)) {
            return p;
        }
        return statusPost(text, k);
    }

    /**
     * Clinical history "s/p CABG 1989", "s/p PEG placement 2126": a procedure of one to three words
     * after "s/p" (status post) on the same line, then the year. Returns the index of the "s" token.
     */
    private static int statusPost(Text text, int k) {
        String s = text.string();
        for (int p = k - 2; p >= 1 && k - p <= 4; p--) {
            if (text.tokenHas(p, Text.FLAG_HAS_DIGIT) || lineBreak(s, text.tokenEnd(p), text.tokenStart(p + 1))) {
                return -1;
            }
            if (text.tokenEquals(p, "p") && text.tokenEquals(p - 1, "s")
                    && text.tokenStart(p) - text.tokenEnd(p - 1) == 1 && s.charAt(text.tokenEnd(p - 1)) == '/') {
                return p - 1;
            }
        }
        return -1;
    }

    private static boolean lineBreak(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean gapIsSpace(Text text, int a, int b) {
        return b - a == 1 && text.charAt(a) == ' ';
    }

    /** Not part of a longer number, range, date or code ("1985-03-14", "2019/20", "1985.5"). */
    private static boolean standsAlone(String s, int a, int b) {
        if (a > 0 && "/-.:$#".indexOf(s.charAt(a - 1)) >= 0) {
            return false;
        }
        return b >= s.length() || "/-:%".indexOf(s.charAt(b)) < 0 && !(s.charAt(b) == '.' && b + 1 < s.length()
                && DateParts.isDigit(s.charAt(b + 1)));
    }
}
