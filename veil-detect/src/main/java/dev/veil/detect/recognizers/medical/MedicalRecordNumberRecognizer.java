package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Cues;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import java.util.List;
import java.util.Set;

/**
 * Medical record numbers after a record label ({@code MRN 00451233}, {@code medical record no.
 * A1234567}, {@code chart # 123-45-67}). Each hospital has its own format, so the label is
 * required; the value is 5-15 letters and digits (dash-joined groups allowed) with at least four
 * digits and at most four letters. "MRN" and "medical record" are stronger labels than "chart" or
 * "patient ID", which also introduce other numbers.
 *
 * <p>Accession, case, account and encounter numbers have their own type ({@link
 * ReferenceNumberRecognizer}).
 */
public final class MedicalRecordNumberRecognizer implements Recognizer {
    static final double STRONG = 0.85;
    static final double WEAK = 0.7;
    private static final Cues CUES = Cues.builder()
            .cue(STRONG, "mrn", "mrn#", "mr#", "mr #", "medical record", "medical records", "med rec", "medical rec",
                    "med record", "medical record number", "hospital number", "hospital no", "hosp no", "unit number",
                    "unit no", "unit #", "unit#", "mr no", "emr", "ehr")
            .cue(WEAK, "record number", "record no", "record #", "chart", "chart number", "chart no", "chart #",
                    "mr", "patient id", "patient number", "patient no", "patient #", "pt id", "pt no")
            .fillers("id")
            .build();

    /** Digits after a record label are not a phone number (even when they would dial) nor an SSN. */
    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.suppress(EntityType.PHONE, 0.4,
                "mrn", "medical record", "med rec", "hospital number").window(3, 0),
                // "MRN: 612-55-9034": a record number written like an SSN is the record number
                ContextRule.suppress(EntityType.SSN, 0.4, "mrn", "mrn#", "mr#", "mr", "medical record",
                        "med rec", "hospital number", "unit number", "unit no").window(2, 0));
    }

    @Override
    public String name() {
        return "medical_record_number";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.MEDICAL_RECORD_NUMBER);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[15];
        CUES.forEachValue(text, (t, score) -> report(text, t, score, buf, out));
        for (int d = 0, n = text.digitTokenCount(); d < n; d++) {
            int t = text.digitToken(d);
            if (afterPatientName(text, t)) {
                out.add(new Finding(EntityType.MEDICAL_RECORD_NUMBER, text.tokenStart(t), text.tokenEnd(t), WEAK,
                        name()));
            }
        }
    }

    /**
     * "Pt Frank Willms (31202699), ...", "Patient Ana Ruiz (HB5169322)", "Pt: Amara Osei 88210457",
     * "pt: gomes, antonio / 0048817 / holyoke": a number alone after the patient's name that opens
     * a note's line (in brackets, or after a space or a slash and before the end of the line, a
     * space, a slash or a bar) is the patient's record number. 6-9 digits, with at most two capital
     * letters before them (a 10-digit number may be a phone); the name is one to four words after
     * "Pt" or "Patient" (a colon after it allowed, commas between the words).
     */
    private static boolean afterPatientName(Text text, int t) {
        int a = text.tokenStart(t);
        int b = text.tokenEnd(t);
        if (a < 4) {
            return false;
        }
        boolean bracketed = text.charAt(a - 1) == '(' && b < text.length() && text.charAt(b) == ')';
        if (!bracketed && (text.charAt(a - 1) != ' '
                || b < text.length() && " \n/|".indexOf(text.charAt(b)) < 0)) {
            return false;
        }
        int letters = 0;
        while (letters < b - a && Character.isUpperCase(text.charAt(a + letters))) {
            letters++;
        }
        int digits = b - a - letters;
        if (letters > 2 || digits < 6 || digits > 9) {
            return false;
        }
        for (int i = a + letters; i < b; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        // the clause before: "Pt" or "Patient", then one to four name words, on one line
        int p = a - 2;
        if (bracketed && text.charAt(p) == ' ') {
            p--; // "Willms (31202699)"
        }
        int words = 0;
        boolean lowerWord = false;
        boolean comma = false;
        while (p >= 0 && words <= 5) {
            int end = p + 1;
            while (p >= 0 && text.charAt(p) != ' ' && text.charAt(p) != '\n' && text.charAt(p) != '|') {
                p--;
            }
            String w = text.string().substring(p + 1, end);
            if (w.endsWith(",") || w.endsWith(":")) {
                comma |= w.endsWith(",");
                w = w.substring(0, w.length() - 1); // "gomes, antonio", "Pt:"
            }
            if (w.equalsIgnoreCase("pt") || w.equalsIgnoreCase("patient")) {
                // without brackets the words must read as a name: capitalised, or "surname, given"
                // ("Pt Ana Ruiz paid 12345678" is no record number)
                return words >= 1 && words <= 4 && (bracketed || !lowerWord || comma);
            }
            lowerWord |= !w.isEmpty() && Character.isLowerCase(w.charAt(0));
            if (p < 0 || text.charAt(p) != ' ' || w.isEmpty()) {
                return false;
            }
            if (!w.equals("/")) {
                if (!Character.isLetter(w.charAt(0))) {
                    return false;
                }
                words++;
            }
            p--;
        }
        return false;
    }

    private void report(Text text, int t, double score, char[] buf, List<Finding> out) {
        int last = TokenRuns.runEnd(text, t, "-", 15);
        int n = TokenRuns.copyUpper(text, t, last, buf);
        int digits = TokenRuns.digitCount(buf, Math.max(n, 0));
        if (n >= 5 && digits >= 4 && n - digits <= 4 && !TokenRuns.looksLikeDate(text, t, last)) {
            out.add(new Finding(EntityType.MEDICAL_RECORD_NUMBER, text.tokenStart(t), text.tokenEnd(last), score,
                    name()));
        }
    }
}
