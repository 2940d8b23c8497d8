package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Holidays named as dates ("home for Christmas", "returning after Thanksgiving", "New Year's Eve"):
 * each is a day of the year, so HIPAA's "all elements of dates" covers them, and clinical
 * de-identification corpora (PhysioNet deid) label them as dates. A phrase matches whole words,
 * in any case, with or without the apostrophe ("New Years Day"); "Eve" or "Day" after a
 * one-word holiday belongs to it.
 */
public final class HolidayRecognizer implements Recognizer {
    private static final double SCORE = 0.6;
    /** Holidays, lower case, words separated by one space. */
    private static final String[] PHRASES = {"christmas", "thanksgiving", "easter", "halloween", "hanukkah",
        "chanukah", "passover", "kwanzaa", "new year's", "new years", "memorial day", "labor day", "labour day",
        "independence day", "veterans day", "veterans' day", "valentine's day", "valentines day", "mother's day",
        "mothers day", "father's day", "fathers day", "presidents day", "presidents' day", "columbus day",
        "good friday", "yom kippur", "rosh hashanah", "rosh hashana", "st. patrick's day", "fourth of july", "4th of july",
        // holidays of the calendars patients' families keep; "Eid" alone is also a name, so only in full
        "lunar new year", "chinese new year", "ramadan", "diwali", "deepavali", "eid al-fitr", "eid al-adha",
        "juneteenth", "martin luther king day", "mlk day", "cinco de mayo", "mardi gras", "ash wednesday",
        "palm sunday", "boxing day", "purim", "sukkot", "nowruz"};
    /** First word of each phrase (ids parallel to {@link #PHRASES}, possibly repeated). */
    private static final String[] FIRST_WORDS = new String[PHRASES.length];

    static {
        for (int i = 0; i < PHRASES.length; i++) {
            // the first word token as the text index cuts it: letters and digits up to the first
            // other char ("valentine" of "valentine's day", "st" of "st. patrick's day")
            String p = PHRASES[i];
            int end = 0;
            while (end < p.length() && Character.isLetterOrDigit(p.charAt(end))) {
                end++;
            }
            FIRST_WORDS[i] = p.substring(0, end);
        }
    }

    private static final WordList FIRSTS = WordList.of(FIRST_WORDS);
    private static final WordList TAILS = WordList.of("eve", "day");

    @Override
    public String name() {
        return "date_holiday";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String lower = text.lower();
        for (int k = 0, n = text.tokenCount(); k < n; k++) {
            if (FIRSTS.indexOfToken(text, k) < 0) {
                continue;
            }
            int a = text.tokenStart(k);
            for (String p : PHRASES) {
                int b = a + p.length();
                if (!lower.startsWith(p, a) || (b < lower.length() && Character.isLetterOrDigit(lower.charAt(b)))) {
                    continue;
                }
                int end = b;
                // "Christmas Eve", "New Year's Day": the day word belongs to the holiday
                int j = b;
                while (j < lower.length() && lower.charAt(j) == ' ') {
                    j++;
                }
                int w = j;
                while (w < lower.length() && Character.isLetter(lower.charAt(w))) {
                    w++;
                }
                if (w > j && j > b && !p.endsWith(" day") && TAILS.contains(text, j, w)) {
                    end = w;
                }
                out.add(new Finding(EntityType.DATE, a, end, SCORE, name()));
                break;
            }
        }
    }
}
