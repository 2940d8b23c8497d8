package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * A day of the month named by its ordinal alone: "on the 14th", "fly in on the 17th", "since the
 * 3rd", "until the 21st", "scheduled for the 12th". A date without its month is still a date of someone's care (clinical
 * de-identification corpora label it); the span is the ordinal ("14th"). Only after "the" with a
 * preposition of time before it, and only days 1st-31st with the right suffix, so "the 3rd floor",
 * "her 2nd child" and "the 4th time" (a word after it) stay out.
 */
public final class OrdinalDayRecognizer implements Recognizer {
    private static final double SCORE = 0.6;
    private static final WordList TIME_PREPOSITIONS = WordList.of("on", "since", "until", "till", "by", "before",
            "after", "from", "through", "thru", "til", "for", "was",
            // "Saturday the 12th", "the weekend of the 15th"
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "of");
    /** Words after the ordinal that make it a count or a place, not a day. */
    private static final WordList NOT_A_DAY = WordList.of("floor", "time", "times", "child", "grade", "day", "dose",
            "week", "month", "year", "cycle", "round", "line", "place", "attempt", "generation", "degree", "rib",
            "street", "st", "ave", "avenue", "of");

    @Override
    public String name() {
        return "date_ordinal_day";
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
        for (int d = 0, n = text.digitTokenCount(); d < n; d++) {
            int k = text.digitToken(d);
            int a = text.tokenStart(k);
            int b = text.tokenEnd(k);
            if (k < 2 || b - a < 3 || b - a > 4 || !DateParts.isDigit(s.charAt(a))) {
                continue;
            }
            int digitsEnd = DateParts.digitsEnd(s, a, 2);
            if (b - digitsEnd != 2 || !suffixFits(DateParts.value(s, a, digitsEnd), s, digitsEnd)) {
                continue;
            }
            if (!text.tokenEquals(k - 1, "the") || !TIME_PREPOSITIONS.containsToken(text, k - 2)
                    || k + 1 < text.tokenCount() && text.tokenStart(k + 1) - b <= 1
                            && (NOT_A_DAY.containsToken(text, k + 1) || text.tokenHas(k + 1, Text.FLAG_ALL_LOWER)
                                    && !TIME_PREPOSITIONS.containsToken(text, k + 1)
                                    && !AT_AND.containsToken(text, k + 1))) {
                continue; // "on the 4th floor", "on the 2nd attempt"
            }
            out.add(new Finding(EntityType.DATE, a, b, SCORE, name()));
        }
    }

    private static final WordList AT_AND = WordList.of("at", "and", "or", "when", "if", "for", "to", "in");

    /** 1st, 2nd, 3rd, 4th..20th, 21st, 22nd, 23rd, 24th..30th, 31st. */
    private static boolean suffixFits(int day, String s, int at) {
        if (day < 1 || day > 31) {
            return false;
        }
        String suffix = s.substring(at, at + 2).toLowerCase(java.util.Locale.ROOT);
        int last = day % 10;
        String expected = day >= 11 && day <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return suffix.equals(expected);
    }
}
