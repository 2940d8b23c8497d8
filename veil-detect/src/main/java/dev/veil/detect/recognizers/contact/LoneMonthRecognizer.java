package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * A month named alone after a word that makes it a time: "died in March", "at the shelter since
 * October", "released january", "last December", "until end of MARCH", "SINCE NOV", "by July". It is an
 * element of a date (HIPAA) and clinical de-identification corpora label it. A month that a day or
 * year follows is left to {@link WrittenDateRecognizer}, which reports it whole.
 *
 * <p>Words that are also something else need more:
 * <ul>
 *   <li>abbreviations ("Nov", "SEPT") count only with a capital, and "Mar" never (the MAR is the
 *       medication administration record: "documented in MAR");
 *   <li>months that are also given names ("April", "June", "August", "May") only after a time
 *       word ("in", "since", "last", ... not "before"/"after", which precede people as often), not
 *       before a capitalised word ("since April Jones came"); "May" only with a capital and not
 *       before a word that makes it the verb ("in May I"); in lower case ("died last april") only
 *       when no word follows, since "in august company" is an adjective.
 * </ul>
 */
public final class LoneMonthRecognizer implements Recognizer {
    private static final double SCORE = 0.55;
    /**
     * Every month word in one list, so that a token costs one look-up: positions below
     * {@link #FIRST_ABBREVIATION} are full months that are never a name, then abbreviations, then
     * months that are also given names (from {@link #FIRST_NAME}).
     */
    private static final WordList MONTH_WORDS = WordList.of("january", "february", "march", "july", "september",
            "october", "november", "december",
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "april", "june", "august", "may");
    private static final int FIRST_ABBREVIATION = 8;
    private static final int FIRST_NAME = 19;
    private static final WordList CUES = WordList.of("in", "since", "until", "till", "last", "early", "late", "mid",
            "during", "released", "discharged", "admitted", "admit", "adm", "before", "after", "through", "next", "thru");
    /**
     * A month in full ("July", never a name) may also follow "by", "for" or "from" ("by July",
     * "scheduled for March"); an abbreviation may not ("for Jan" is a person as often).
     */
    private static final WordList MONTH_CUES = WordList.of("in", "since", "until", "till", "last", "early", "late",
            "mid", "during", "released", "discharged", "admitted", "admit", "adm", "before", "after", "through", "next",
            "thru", "by", "for", "from");
    /** The time words a given-name month may follow ("a call from April" is a person). */
    private static final WordList NAME_CUES = WordList.of("in", "since", "until", "till", "last", "early", "late",
            "mid", "during", "through", "next", "thru");
    /** "end of March", "beginning of October": the word before "of". */
    /** Words after a lower-case month that make it the month, not an adjective ("in june for pna"). */
    private static final WordList FUNCTION_NEXT = WordList.of("for", "at", "to", "and", "when", "while", "with",
            "after", "before", "from", "but", "or", "then", "so", "because", "of", "w", "s", "by", "until", "per");
    private static final WordList PART_OF = WordList.of("end", "beginning", "middle", "start", "rest", "mid");
    /** Words after "May" that make it the verb: "May I", "may be". */
    private static final WordList MODAL_NEXT = WordList.of("i", "we", "you", "he", "she", "they", "it", "be", "have",
            "not", "also", "need", "require", "benefit", "help", "take", "want", "go", "return", "use", "cause");

    @Override
    public String name() {
        return "date_month";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String s = text.string();
        for (int k = 1, n = text.tokenCount(); k < n; k++) {
            int len = text.tokenLength(k);
            if (len < 3 || len > 9) {
                continue;
            }
            int month = MONTH_WORDS.indexOfToken(text, k);
            if (month < 0) {
                continue;
            }
            boolean name = month >= FIRST_NAME;
            boolean abbreviation = month >= FIRST_ABBREVIATION && !name;
            int b = text.tokenEnd(k);
            if (k + 1 < n && text.tokenHas(k + 1, Text.FLAG_HAS_DIGIT) && text.tokenStart(k + 1) - b <= 2
                    && !lineBreak(s, b, text.tokenStart(k + 1)) && s.charAt(b) != '.') {
                continue; // "March 14", "October 2006": a written date (not "in October.\n4. HTN")
            }
            if (!cued(text, s, k, name ? NAME_CUES : abbreviation ? CUES : MONTH_CUES)) {
                continue;
            }
            boolean capital = text.tokenHas(k, Text.FLAG_INITIAL_UPPER);
            if (abbreviation && !capital || name && !nameIsMonth(text, s, k, capital)) {
                continue;
            }
            out.add(new Finding(EntityType.DATE, text.tokenStart(k), b, SCORE, name()));
        }
    }

    /**
     * A time word right before month token {@code k} with one space between ("in March", "mid-March"
     * with a hyphen), or "end of" / "beginning of" before it.
     */
    private static boolean cued(Text text, String s, int k, WordList cues) {
        int p = k - 1;
        int gap = text.tokenStart(k) - text.tokenEnd(p);
        char g = s.charAt(text.tokenEnd(p));
        if (gap != 1 || g != ' ' && !(g == '-' && text.tokenEquals(p, "mid"))) {
            return false;
        }
        if (cues.containsToken(text, p)) {
            return true;
        }
        return text.tokenEquals(p, "of") && p >= 1 && PART_OF.containsToken(text, p - 1)
                && text.tokenStart(p) - text.tokenEnd(p - 1) == 1;
    }

    /** Whether a given-name month ("April", "june") at {@code k} is the month (see the class comment). */
    private static boolean nameIsMonth(Text text, String s, int k, boolean capital) {
        int next = k + 1 < text.tokenCount() ? k + 1 : -1;
        boolean wordNext = next > 0 && text.tokenHas(next, Text.FLAG_HAS_LETTER)
                && !lineBreak(s, text.tokenEnd(k), text.tokenStart(next)) && onlySpaces(s, text.tokenEnd(k),
                        text.tokenStart(next));
        if (!capital) {
            // "died last april." and "in june for pna", but not "in august company"
            return !wordNext || FUNCTION_NEXT.containsToken(text, next);
        }
        boolean allUpper = text.tokenHas(k, Text.FLAG_ALL_UPPER);
        if (text.tokenEquals(k, "may") && wordNext && MODAL_NEXT.containsToken(text, next)) {
            return false; // "in May I", "since May be"
        }
        // "since April Jones came": a capitalised word after a capitalised month is a surname
        return allUpper || !wordNext || !text.tokenHas(next, Text.FLAG_INITIAL_UPPER)
                || text.tokenHas(next, Text.FLAG_ALL_UPPER) && text.tokenLength(next) > 1;
    }

    private static boolean onlySpaces(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean lineBreak(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
