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
 * Account, claim, case, accession, encounter, confirmation and other reference numbers after their
 * label ({@code Accession #: RX-2210938}, {@code Claim Number: WC-23-0081144}, {@code confirmation
 * RTR-88120455}, {@code Episode ID: BH-77213-02}). HIPAA's Safe Harbor lists account numbers (J)
 * and "any other unique identifying number" (R) among the identifiers to remove; each registry has
 * its own format, so the label is required. The value is 4-20 letters and digits (dash-joined groups
 * allowed) with at least four digits and at most eight letters, and no date.
 *
 * <p>After "account", "acct", "case" or "client", digits alone do not count: there they are as often a
 * bank account ({@code BankAccountRecognizer}), a count ("case # 12345 of the study") or a bank
 * client number, while a letter in the value is how hospitals and insurers write theirs. Medical
 * record numbers have their own type ({@link MedicalRecordNumberRecognizer}), member IDs theirs
 * ({@link HealthPlanIdRecognizer}).
 *
 * <p>Score 0.8. General labels are left out: a bare "ID" introduces every kind of number, and
 * "order #" or "reference number" in a shop's or bank's letter name a transaction, not a person.
 */
public final class ReferenceNumberRecognizer implements Recognizer {
    static final double STRONG = 0.8;
    private static final int MAX_CHARS = 20;
    private static final Cues CUES = Cues.builder()
            .cue(STRONG, "accession", "accession #", "accession no", "accession number", "acc #", "acc#", "accession#",
                    "specimen #", "specimen no", "specimen number", "surgical pathology #", "pathology #", "claim",
                    "claim #", "claim no", "claim number", "claim/reference number", "encounter", "encounter #",
                    "encounter no", "encounter number", "visit #", "visit no", "visit number", "fin", "fin #",
                    "confirmation", "confirmation #", "confirmation number", "intake number", "kit number",
                    "complaint number", "appeal number", "appeal #", "episode id", "agency id", "authorization #",
                    "claim/reference number",
                    "authorization number", "auth #", "prior authorization #", "case number", "consult case",
                    "outside case", "policy #", "policy number", "group #", "group number", "report", "interpreter id",
                    // dictation job numbers (i2b2's ID), encounter and visit numbers as registration systems
                    // print them, agency intake, study, referral and transport run numbers
                    "acc", "enc", "enc #", "visit", "job #", "job no", "job number", "conf", "conf #", "conf#",
                    "intake #", "intake", "study #", "study number", "referral #", "referral number", "run #",
                    "run number", "kit #", "requisition #", "requisition number", "req #",
                    // prior-authorization and transfer references in their short form ("reference
                    // number" in full stays out: shops use it for orders), Epic's contact serial
                    // number, employee and provider numbers, implant lot numbers
                    "ref #", "ref#", "ref no", "claim/ref #", "csn", "csn #", "employee id", "employee #",
                    "employee number", "provider #", "provider number", "lot #", "lot no", "lot number",
                    "device #", "path jar",
                    // EMS incident numbers, benefit applications, pharmacy prescription numbers, a
                    // reference in its shortest form (not a support ticket: it names a problem, not a person)
                    "incident #", "incident number", "app #", "application #", "application number", "rx #",
                    "rx no", "prescription #", "ref",
                    // court dockets, valuables envelopes, donor and pump IDs (device serials are
                    // DeviceIdRecognizer's), interpreters' numbers
                    "docket #", "docket number", "docket no", "envelope #", "envelope number", "donor id", "pump id",
                    "interpreter #", "report #", "incident report #",
                    "rx#", "docket#", "envelope#", "job#", "claim#", "auth#", "lot#", "run#")
            .fillers("id")
            .build();
    /** Labels whose value counts only with a letter in it (see the class comment). */
    private static final Cues LETTERED = Cues.builder()
            .cue(STRONG, "account", "account #", "account no", "account number", "acct", "acct #", "acct no",
                    "case", "case #", "case no", "client #", "client id", "group")
            .fillers("id")
            .build();

    /** A reference number after its label is not a phone number, even when it would dial. */
    @Override
    public List<ContextRule> context() {
        // not "case" or "authorization": "RN, Case Manager\nDirect 602-839-2000", "Prior Authorization
        // Dept. Fax 888-555-0144" give a phone number
        return List.of(ContextRule.suppress(EntityType.PHONE, 0.4, "accession", "claim", "confirmation",
                "reference", "encounter", "appeal").window(2, 0));
    }

    @Override
    public String name() {
        return "reference_number";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.REFERENCE_NUMBER);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[MAX_CHARS];
        CUES.forEachValue(text, (t, score) -> report(text, t, score, false, buf, out));
        LETTERED.forEachValue(text, (t, score) -> report(text, t, score, true, buf, out));
    }

    private void report(Text text, int t, double score, boolean needsLetter, char[] buf, List<Finding> out) {
        int last = TokenRuns.runEnd(text, t, "-", MAX_CHARS);
        int n = TokenRuns.copyUpper(text, t, last, buf);
        int digits = TokenRuns.digitCount(buf, Math.max(n, 0));
        if (n >= 4 && digits >= 4 && n - digits <= 8 && (!needsLetter || n > digits)
                && !TokenRuns.looksLikeDate(text, t, last) && !year(buf, n)) {
            out.add(new Finding(EntityType.REFERENCE_NUMBER, text.tokenStart(t), text.tokenEnd(last), score, name()));
        }
    }

    /** "ref 2019 values", "Visit 2023 summary": four digits alone that read as a year. */
    private static boolean year(char[] buf, int n) {
        return n == 4 && (buf[0] == '1' && buf[1] == '9' || buf[0] == '2' && buf[1] == '0')
                && Character.isDigit(buf[2]) && Character.isDigit(buf[3]);
    }
}
