package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * In a medical text, hospital wards named by a building or a direction and a floor ("transferred to Farr 10",
 * "returned to Blake 7", "arrived on 7 Feld", "received from 5 West"): a named ward locates the
 * patient as a hospital does, so the de-identification convention labels it a LOCATION, while the
 * tagger reads the building's name ("Farr", "Blake") as a person.
 *
 * <p>Taken only after a word of place ("to", "on", "from", "onto", "at"), a field label such as
 * "Location:" or "Unit:", before a kind of unit ("Lunder 6 Neuro ICU"), or after a comma at the end of a line ("charge, Baker 5"), with a floor of one or two digits up to 20 that no unit or
 * clock word follows ("on Farr 10 mg" is no ward); the building word is capitalised (or in a text
 * all in capitals or in lower case, any word no vocabulary holds), never a month, a function word,
 * a clinical word, an honorific or a word such as "Room" or "Bed". A LOCATION in place of the
 * findings it overlaps.
 */
final class Wards {
    static final double SCORE = 0.7;
    private static final int MAX_FLOOR = 20;
    private static final int MEDICAL = Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT;
    private static final WordSet BEFORE = WordSet.of("to", "on", "from", "onto", "at");
    private static final WordSet DIRECTIONS = WordSet.of("north", "south", "east", "west");
    /** Words before a number that name no building: "to Room 12", "on Day 3", "at Level 2". */
    private static final WordSet NOT_BUILDINGS = WordSet.of("room", "rm", "bed", "floor", "level", "day", "pod",
            "dol", "grade", "stage", "type", "class", "unit", "station", "suite", "building", "bldg", "apt", "lot",
            "gate", "track", "step", "phase", "cycle", "week", "wk", "hour", "hr", "page", "line", "lead", "number",
            "no", "gauge", "size", "version", "zone", "area", "bay", "pod", "ward", "tier", "section", "box", "exit",
            "route", "rte", "interstate", "highway", "hwy", "channel", "post", "table", "chair", "cot", "window");
    /** Words after a floor that make the number a quantity or a clock time: "to Farr 10 mg", "on Blake 7 am". */
    private static final WordSet QUANTITY_AFTER = WordSet.of("mg", "mcg", "g", "kg", "cm", "mm", "ml", "cc", "l",
            "min", "mins", "minutes", "hr", "hrs", "hours", "h", "day", "days", "wk", "wks", "weeks", "mo", "months",
            "yr", "yrs", "years", "am", "pm", "units", "u", "meq", "x", "times", "of", "percent", "lb", "lbs", "oz",
            "mmhg", "bpm", "pts", "patients", "people", "year", "month", "week", "hour", "minute", "second", "seconds");

    private Wards() {
    }

    /**
     * Adds the wards of a medical text; {@code kind} is the text's {@link Shorthand#textKind} or 0
     * (elsewhere "from Depot 7" or "at Pier 4" is no ward). Returns the kind, computed if needed.
     */
    static int apply(TokenFeatures tf, String recognizer, List<Finding> out, int from, int kind) {
        NameTokens t = tf.tokens();
        for (int k = 1; k < t.size(); k++) {
            if (t.shape(k) != NameTokens.DIGITS || t.length(k) > 2 || t.newlineBefore(k) || t.start(k) - t.end(k - 1) != 1) {
                continue;
            }
            int floor = Integer.parseInt(t.text(), t.start(k), t.end(k), 10);
            if (floor == 0 || floor > MAX_FLOOR) {
                continue;
            }
            // "Farr 10": the building before the floor
            int w = k - 1;
            if (building(tf, w) && w >= 1 && (cue(t, w - 1, k + 1) || unitAfter(t, k + 1)) && !quantityAfter(t, k + 1)) {
                if (kind == 0) {
                    kind = Shorthand.textKind(tf); // only once a ward is named
                }
                if ((kind & MEDICAL) == 0) {
                    return kind;
                }
                LinePasses.replaceUnlessLonger(out, from, new Finding(EntityType.LOCATION, t.start(w), t.end(k), SCORE,
                        recognizer));
                continue;
            }
            // "7 Feld", "5 West": the floor before the building
            int b = k + 1;
            if (b < t.size() && t.start(b) - t.end(k) == 1 && !t.newlineBefore(b) && cue(t, k - 1, b + 1)
                    && (DIRECTIONS.contains(t.hash(b)) && written(t, b) || building(tf, b) && (tf.lookup(b) & Lexicon.COMMON) == 0)
                    && clauseGoesOn(t, b + 1)) {
                if (kind == 0) {
                    kind = Shorthand.textKind(tf);
                }
                if ((kind & MEDICAL) == 0) {
                    return kind;
                }
                LinePasses.replaceUnlessLonger(out, from, new Finding(EntityType.LOCATION, t.start(k), t.end(b), SCORE,
                        recognizer));
            }
        }
        return kind;
    }

    /**
     * Whether token {@code c} is a word of place right before the ward ("to", "on", "from"), or a
     * comma after which the ward ends its line (token {@code after} is the one after the ward).
     */
    private static boolean cue(NameTokens t, int c, int after) {
        if (c < 0 || t.newlineBefore(c + 1)) {
            return false;
        }
        if (t.isWord(c)) {
            return BEFORE.contains(t.hash(c)) && t.start(c + 1) - t.end(c) == 1;
        }
        if (t.isPunct(c, ':')) {
            return c >= 1 && t.isWord(c - 1) && FIELDS.contains(t.hash(c - 1)); // "Location: Ellison 8, bed 2"
        }
        // the ward ends its line, or its sentence at the end of the line ("Admit to medicine, Farr 7.")
        if (after < t.size() && !t.newlineBefore(after) && t.isPunct(after, '.')) {
            after++;
        }
        return t.isPunct(c, ',') && (after >= t.size() || t.newlineBefore(after));
    }

    /** Field labels whose value may be a ward: "Location: Ellison 8", "Unit: 7 Feld", "To: Wang 4". */
    private static final WordSet FIELDS = WordSet.of("location", "loc", "unit", "floor", "ward", "service", "to",
            "from");

    /** Kinds of unit written after a ward: "Lunder 6 Neuro ICU", "FELBERG 6 NEUROSURG ICU", "Ellison 10 CCU". */
    private static final WordSet UNITS = WordSet.of("icu", "micu", "sicu", "ccu", "cvicu", "nicu", "picu", "cicu",
            "tsicu", "nsicu", "pacu", "neuro", "neurosurg", "stepdown", "telemetry", "tele", "medsurg", "oncology",
            "cardiology", "surgery", "medicine");

    /** Whether token {@code n}, on the same line one space after the floor, names a kind of unit. */
    private static boolean unitAfter(NameTokens t, int n) {
        return n < t.size() && t.isWord(n) && !t.newlineBefore(n) && t.start(n) - t.end(n - 1) == 1
                && t.length(n) <= 10 && UNITS.contains(t.hash(n));
    }

    /** A building's name: capitalised, or in a text written all in one case a word no list calls common. */
    private static boolean building(TokenFeatures tf, int w) {
        NameTokens t = tf.tokens();
        if (!t.isWord(w) || t.length(w) < 3 || t.length(w) > 14 || !written(t, w) || NOT_BUILDINGS.contains(t.hash(w))) {
            return false;
        }
        int c = tf.lookup(w);
        if ((c & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL | Lexicon.HONORIFIC)) != 0
                || ClinicalWords.bedsideTerm(t, w) || Shorthand.bedsideWord(t, w) || ClinicalWords.drugOrLab(t, w)) {
            return false;
        }
        return t.mode(w) == NameTokens.MODE_MIXED || (c & Lexicon.COMMON) == 0;
    }

    /** Capitalised in mixed-case text, in capitals in a text in capitals, in lower case in a text in lower case. */
    private static boolean written(NameTokens t, int w) {
        return switch (t.mode(w)) {
            case NameTokens.MODE_MIXED -> t.shape(w) == NameTokens.CAPITALIZED;
            case NameTokens.MODE_UPPER -> t.shape(w) == NameTokens.UPPER;
            default -> t.shape(w) == NameTokens.LOWER;
        };
    }

    /** Whether the token after the floor makes it a quantity, a clock time or a list ("10 mg", "7 am", "10:30", "7/3"). */
    private static boolean quantityAfter(NameTokens t, int n) {
        if (n >= t.size() || t.newlineBefore(n)) {
            return false;
        }
        if (!t.isWord(n)) {
            boolean digitAfter = n + 1 < t.size() && t.shape(n + 1) == NameTokens.DIGITS && t.start(n + 1) == t.end(n);
            return t.start(n) == t.end(n - 1) && (t.isPunct(n, '%')
                    || (t.isPunct(n, ':') || t.isPunct(n, '/') || t.isPunct(n, '.') || t.isPunct(n, '-')) && digitAfter);
        }
        return t.start(n) == t.end(n - 1) || QUANTITY_AFTER.contains(t.hash(n));
    }

    /** After "7 Feld": the end of the text or line, a mark, or a lower-case word ("from the MICU", "at 1600"). */
    private static boolean clauseGoesOn(NameTokens t, int n) {
        if (n >= t.size() || t.newlineBefore(n) || !t.isWord(n)) {
            return true;
        }
        char c = t.text().charAt(t.start(n));
        return t.mode(n) == NameTokens.MODE_MIXED && (Character.isLowerCase(c) || Character.isDigit(c));
    }
}
