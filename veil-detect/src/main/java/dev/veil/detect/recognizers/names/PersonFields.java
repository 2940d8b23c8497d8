package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * The value of a person's field in a record header: "Pt: Frank Hall    Age 47", "Patient: Tran,
 * Hieu   MRN: ...", "Assistant: Hope Lane, MD", "Name: Desrosiers, Jean-Robert". The label says
 * the value is one person's name, so after {@link NameSpans} the value becomes one PERSON finding
 * even where the tagger read its words as ordinary ("Frank Hall", "Hope") or as two people
 * ("Tran" and "Hieu"). The value ends at the line's end, a run of spaces (the next field), a
 * credential or anything that is not a name word.
 */
final class PersonFields {
    private PersonFields() {
    }

    static final double SCORE = 0.85;
    /** Longest value read, in tokens ("Jean-Baptiste, Marie-Claude" is 7). */
    private static final int MAX_TOKENS = 9;

    /** Adds the values of person fields to {@code out}, replacing name findings they overlap from {@code from}. */
    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        for (int k = 0; k + 2 < t.size(); k++) {
            if ((k == 0 || t.newlineBefore(k)) && headerName(tf, k)) {
                value(tf, k, true, recognizer, out, from); // "Shapiro, Eli  age 41  MRN 4429006"
            }
        }
        for (int k = 1; k + 1 < t.size(); k++) {
            if (t.isPunct(k, ':') && FieldLabels.personLabelBefore(tf, k + 1)) {
                value(tf, k + 1, !t.isWord(k - 1) || !FORM_LABELS.contains(t.hash(k - 1)),
                        recognizer, out, from);
            }
        }
    }

    /**
     * Labels of insurance and account forms, whose "Surname, Given" values labelled data splits
     * into two names; clinical headers ("Patient: Tran, Hieu") write one person.
     */
    private static final WordSet FORM_LABELS = WordSet.of("insured", "subscriber", "member", "guarantor",
            "client", "requester");

    private static void value(TokenFeatures tf, int a, boolean surnameFirst, String recognizer, List<Finding> out,
            int from) {
        NameTokens t = tf.tokens();
        int n = t.size();
        int b = a;
        int words = 0;
        boolean comma = false;
        while (b < n && b - a < MAX_TOKENS && !(b > a && (t.newlineBefore(b) || SpanShapes.fieldGap(t, b)))) {
            if (t.isWord(b)) {
                if (!nameWord(tf, b)) {
                    break;
                }
                words++;
                b++;
            } else if (t.isPunct(b, '-') && b > a && !t.spaceBefore(b) && b + 1 < n && t.isWord(b + 1)
                    && !t.spaceBefore(b + 1)) {
                b++; // "Jean-Robert"
            } else if (t.isPunct(b, '.') && b > a && t.length(b - 1) == 1) {
                b++; // "Robert K. Hsu"
            } else if (surnameFirst && t.isPunct(b, ',') && !comma && b > a && b + 1 < n && t.isWord(b + 1)
                    && t.length(b + 1) >= 2
                    && nameWord(tf, b + 1)
                    && !FieldLabels.credential(t, b + 1) && !t.newlineBefore(b + 1)) {
                comma = true; // "Tran, Hieu": surname first
                b++;
            } else {
                break;
            }
        }
        while (b > a && !t.isWord(b - 1) && !t.isPunct(b - 1, '.')) {
            b--;
        }
        if (words == 0 || words == 1 && !listed(tf, a)) {
            return; // "Pt: Alert", "Name: Unknown": one word that no name list has
        }
        if (b < n && t.isPunct(b, '/') && t.start(b) == t.end(b - 1)) {
            return; // "re: d/c planning", "Re: s/p fall": shorthand, not a name
        }
        LinePasses.replace(out, from, new Finding(EntityType.PERSON, t.start(a), t.end(b - 1), SCORE, recognizer));
    }

    /**
     * "Shapiro, Eli  age 41", "MARCHETTI, ANTHONY\n": a line opening with a word, a comma and a
     * listed given name, then a run of spaces, a bracket or the line's end: a record's header.
     */
    private static boolean headerName(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        int g = k + 2;
        if (!t.isWord(k) || !t.isPunct(k + 1, ',') || t.spaceBefore(k + 1) || !t.isWord(g) || t.newlineBefore(g)
                || (tf.lookup(g) & Lexicon.FIRST_NAME) == 0 || !nameWord(tf, k) || t.shape(k) != t.shape(g)) {
            return false;
        }
        int next = g + 1;
        return next >= t.size() || t.newlineBefore(next) || SpanShapes.fieldGap(t, next) || t.isPunct(next, '(');
    }

    /**
     * A capitalised, all-caps or initial word that a name list has or that no vocabulary list has
     * ("Frank", "Hieu", "OYELARAN"); not a function word, clinical shorthand or credential.
     */
    private static boolean nameWord(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        int shape = t.shape(k);
        if (shape == NameTokens.LOWER && t.mode(k) != NameTokens.MODE_LOWER || shape == NameTokens.DIGITS
                || FieldLabels.credential(t, k) || Shorthand.bedsideWord(t, k)) {
            return false;
        }
        int c = tf.lookup(k);
        return listed(tf, k) || t.length(k) == 1 || (c & (Lexicon.COMMON | Lexicon.STOP | Lexicon.CLINICAL
                | Lexicon.CALENDAR | Lexicon.FACILITY | Lexicon.HOSPITAL_PART)) == 0
                // "Golden, Arthur", "Lynne Marsh", "DOE, JOHN": a word written as a name, next to a given name
                || (shape == NameTokens.CAPITALIZED || shape == NameTokens.UPPER) && (c & (Lexicon.STOP
                        | Lexicon.CLINICAL | Lexicon.CALENDAR)) == 0 && givenNameBeside(tf, k);
    }

    /** A listed given name right before token {@code k}, or after it past a comma ("Golden, Arthur"). */
    private static boolean givenNameBeside(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        int after = k + 1 < t.size() && t.isPunct(k + 1, ',') ? k + 2 : -1;
        return k >= 1 && t.isWord(k - 1) && (tf.lookup(k - 1) & Lexicon.FIRST_NAME) != 0 && !t.newlineBefore(k)
                || after > 0 && after < t.size() && t.isWord(after) && (tf.lookup(after) & Lexicon.FIRST_NAME) != 0;
    }

    private static boolean listed(TokenFeatures tf, int k) {
        return (tf.lookup(k) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0 && (tf.lookup(k) & Lexicon.STOP) == 0;
    }
}
