package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * A person's age, found from number tokens (0-125) and the words around them:
 * {@code 67 years old}, {@code 67-year-old}, {@code 67 yrs old}, {@code 67 yo}, {@code 67 y/o},
 * {@code 67yo}, {@code 67 years of age}, {@code age 67}, {@code aged 67}, {@code age: 67}, {@code turned 91},
 * {@code at the age of 67}. The span is the number alone: it is the identifying part, and
 * labelled corpora (i2b2, PhysioNet) mark only the number.
 *
 * <p>Clinical shorthand {@code 67M} / {@code 67 F} scores 0.35 and needs a clinical cue word
 * ("patient", "pt", "presents", ...). Ages over 89 score 0.9 (they are a HIPAA Safe Harbor
 * identifier on their own). Ages up to 89 are scaled by {@link #YOUNG_AGE_FACTOR}: they are personal data
 * but not an identifier under HIPAA Safe Harbor (nor in de-identification benchmarks), so they stay
 * below the default threshold even with a context boost; lower {@code --min-score} to see them.
 */
public final class AgeRecognizer implements Recognizer {
    /**
     * Ages up to 89 keep a fifth of their score, so the best of them (0.14) stays below the default
     * 0.5 threshold even after the +0.3 clinical boost, while the ranking between forms is kept.
     */
    static final double YOUNG_AGE_FACTOR = 0.2;

    private static final int MAX_AGE = 125;
    private static final WordList YEAR_WORDS = WordList.of("year", "years", "yr", "yrs", "y");
    private static final WordList GLUED_SUFFIX = WordList.of("yo", "yom", "yof", "yrs", "yr", "y");
    private static final WordList BEFORE = WordList.of("age", "aged", "ages", "turned", "turns", "turning", "turn");

    @Override
    public String name() {
        return "age";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.AGE);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.AGE, 0.3, "patient", "pt", "presents", "presented",
                "presenting", "admitted", "hx", "history", "s/p", "c/o", "complains", "referred", "cc", "hpi"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.string();
        for (int i = 0, numbers = text.digitTokenCount(); i < numbers; i++) {
            int k = text.digitToken(i);
            int a = text.tokenStart(k);
            int d = DateParts.digitsEnd(s, a, 4);
            if (d == a || d - a > 3 || (a > 0 && ".,/:$#-".indexOf(s.charAt(a - 1)) >= 0)) {
                continue;
            }
            int age = DateParts.value(s, a, d);
            if (age > MAX_AGE) {
                continue;
            }
            double score = d < text.tokenEnd(k) ? gluedForm(text, k, d) : spacedForm(text, k);
            if (score > 0) {
                out.add(new Finding(EntityType.AGE, a, d, age > 89 ? Math.max(score, 0.9) : score * YOUNG_AGE_FACTOR,
                        name()));
            }
        }
    }

    /** "67yo", "67yoM", "67y", "67M", "67F": letters glued to the number. */
    private static double gluedForm(Text text, int k, int digitsEnd) {
        int b = text.tokenEnd(k);
        if (GLUED_SUFFIX.contains(text, digitsEnd, b)) {
            return 0.7;
        }
        if (b - digitsEnd == 1 && isSexLetter(text.charAt(digitsEnd))) {
            return 0.35;
        }
        // "her 97th birthday": an ordinal is an age only before "birthday"
        if (ORDINAL_SUFFIX.contains(text, digitsEnd, b) && k + 1 < text.tokenCount()
                && text.tokenEquals(k + 1, "birthday") && text.tokenStart(k + 1) - b == 1) {
            return 0.7;
        }
        return 0;
    }

    private static final WordList ORDINAL_SUFFIX = WordList.of("th", "st", "nd", "rd");
    /** Who "is" an age in a note: "Pt is 93.", "she is 91 and lives alone". */
    private static final WordList SUBJECTS = WordList.of("pt", "patient", "he", "she", "mother", "father", "mom", "dad",
            "husband", "wife");
    /** What may follow "pt is 93": the end of the clause or a word that goes on about the person. */
    private static final WordList AFTER_IS_AGE = WordList.of("and", "but", "with", "who", "now");

    /** Words around a standalone number token {@code k}. */
    private static double spacedForm(Text text, int k) {
        String s = text.string();
        int n = text.tokenCount();
        if (k + 1 < n) {
            int next = k + 1;
            // 67 years old / 67-year-old / 67 yrs old / 67 years of age
            if (YEAR_WORDS.containsToken(text, next) && near(s, text.tokenEnd(k), text.tokenStart(next))) {
                if (k + 2 < n && text.tokenEquals(k + 2, "old")) {
                    return 0.7;
                }
                if (k + 3 < n && text.tokenEquals(k + 2, "of") && text.tokenEquals(k + 3, "age")) {
                    return 0.7;
                }
                // 67 y/o, 67 y.o.
                if (text.tokenEquals(next, "y") && k + 2 < n && text.tokenEquals(k + 2, "o")
                        && text.tokenStart(k + 2) == text.tokenEnd(next) + 1) {
                    return 0.7;
                }
                // "DOB 01/09/1931 (94 y)", "(91 yrs)": an age in brackets after a birth date
                int close = text.tokenEnd(next);
                if (close < s.length() && s.charAt(close) == ')' && text.tokenStart(k) > 0
                        && s.charAt(text.tokenStart(k) - 1) == '(') {
                    return 0.7;
                }
            }
            if ((text.tokenEquals(next, "yo") || text.tokenEquals(next, "yom") || text.tokenEquals(next, "yof"))
                    && near(s, text.tokenEnd(k), text.tokenStart(next))) {
                return 0.7;
            }
            if (text.tokenLength(next) == 1 && isSexLetter(s.charAt(text.tokenStart(next)))
                    && text.tokenStart(next) - text.tokenEnd(k) == 1 && s.charAt(text.tokenEnd(k)) == ' ') {
                return 0.35;
            }
        }
        if (k >= 1 && BEFORE.containsToken(text, k - 1) && near(s, text.tokenEnd(k - 1), text.tokenStart(k))) {
            return 0.7;
        }
        if (k >= 2 && text.tokenEquals(k - 1, "of") && text.tokenEquals(k - 2, "age")) {
            return 0.7; // at the age of 67
        }
        if (k >= 2 && (text.tokenEquals(k - 1, "is") || text.tokenEquals(k - 1, "was")) && SUBJECTS.containsToken(text, k - 2)
                && text.tokenStart(k) - text.tokenEnd(k - 1) == 1 && endsClause(text, k)) {
            return 0.7; // "Pt is 93.", "she is 91 and lives alone" (not "pt is 93% on RA")
        }
        return 0;
    }

    /** Whether number token {@code k} ends its clause or is followed by a word of {@link #AFTER_IS_AGE}. */
    private static boolean endsClause(Text text, int k) {
        int e = text.tokenEnd(k);
        String s = text.string();
        if (e == s.length() || s.charAt(e) == '\n' || ".,;".indexOf(s.charAt(e)) >= 0
                && (e + 1 == s.length() || !Character.isDigit(s.charAt(e + 1)))) {
            return true;
        }
        return s.charAt(e) == ' ' && k + 1 < text.tokenCount() && text.tokenStart(k + 1) == e + 1
                && AFTER_IS_AGE.containsToken(text, k + 1);
    }

    /** A short gap of spaces, '-', ':' or '=' between two words of the phrase. */
    private static boolean near(String s, int a, int b) {
        if (b - a > 3) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (" -:=".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSexLetter(char c) {
        return c == 'M' || c == 'F';
    }
}
