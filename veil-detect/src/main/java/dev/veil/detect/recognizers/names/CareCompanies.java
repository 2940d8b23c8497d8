package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * Companies that a patient's record names because they take part in the care: pharmacies,
 * insurers, home-equipment and infusion suppliers, device makers, rehabilitation, long-term care
 * and hospital systems, ambulance services ("meds from CVS", "Humana denied", "Medtronic rep",
 * "d/c to Kindred", "via Boston MedFlight"), and a few large employers and public services that
 * notes name as a workplace ("mail carrier for USPS", "bus driver for the MBTA").
 * Their names are single words the tagger reads as surnames ("Aetna", "Apria", "Joslin") or
 * as ordinary words, so a short list is surer than context. Following the de-identification
 * convention, in a clinical note such a company locates the patient (LOCATION); elsewhere it is an
 * ORGANIZATION.
 *
 * <p>The list holds distinctive names only: a name that is also an ordinary word or a common
 * given name ("Radius", "Select", "Genesis", "Emerson") appears only in a longer, distinctive form
 * ("Radius Specialty", "Select Specialty"), and so does a surname that names a company only in
 * the North-East's records ("Lahey Clinic"). Every word must be written as a name (capitalised,
 * or any case in a text all in one case); a name that heads a field ("CVS:", the cardiovascular
 * system in some notes) is not a company. A longer finding over the name (a person "Dr. Joslin")
 * is kept.
 */
final class CareCompanies {
    static final double SCORE = 0.8;
    private static final int MAX_TOKENS = 5;

    private static final String[] NAMES = {
        // pharmacies and pharmacy benefit managers
        "CVS", "Walgreens", "Walgreen", "Rite Aid", "Duane Reade", "Osco", "Express Scripts", "OptumRx", "Caremark",
        "Accredo", "Walmart pharmacy", "Kroger", "DaVita", "Fresenius", "Numotion", "CarePort", "Publix",
        "Hannaford", "Wegmans",
        // insurers and health plans
        "Aetna", "Humana", "Cigna", "UnitedHealthcare", "United Healthcare", "Blue Cross", "Blue Shield",
        "Blue Cross Blue Shield",
        "BCBS", "Anthem Blue Cross",
        "Kaiser Permanente", "Tufts Health Plan", "Harvard Pilgrim", "Fallon Health", "Molina Healthcare",
        "WellCare", "Highmark", "Neighborhood Health Plan", "Commonwealth Care Alliance",
        "Senior Whole Health",
        // home equipment, oxygen, infusion and home health
        "Apria", "Lincare", "Rotech", "AdaptHealth", "Option Care", "Amedisys", "Gentiva", "Bayada",
        "Visiting Nurse Association", "Visiting Nurse Service", "VNS Health", "Edgepark",
        // devices and implants
        "Medtronic", "Boston Scientific", "Biotronik", "Dexcom", "Insulet",
        // rehabilitation, long-term acute and skilled nursing care
        "Kindred", "Spaulding", "Youville", "Radius Specialty", "Select Specialty", "Encompass Health", "HealthSouth",
        "Hebrew Rehab", "Hebrew SeniorLife", "Hebrew Senior Life", "Braintree Rehab", "Whittier Rehab",
        "Genesis Healthcare", "Brookdale", "Life Care Center", "NewBridge", "Benchmark Senior Living",
        // hospital and physician groups
        "Joslin", "Brigham and Women", "Lahey Clinic", "Lahey Hospital", "Dana-Farber", "Dana Farber",
        "Mass General", "MGH", "BWH", "BIDMC",
        "Beth Israel", "Newton-Wellesley", "Mount Auburn", "Mt. Auburn", "Mt Auburn", "Shriners",
        "Atrius", "Harvard Vanguard", "Steward Health", "Baystate", "UMass Memorial",
        "Mayo Clinic", "Cleveland Clinic", "Johns Hopkins", "Sloan Kettering", "Sloan-Kettering", "MD Anderson",
        "Geisinger", "Intermountain", "Sutter Health", "Ochsner", "Northwell", "NYU Langone",
        // ambulance and air-medical services
        "MedFlight", "Boston MedFlight", "Life Flight", "LifeFlight", "Cataldo", "Brewster Ambulance",
        "Fallon Ambulance", "American Medical Response",
        // large employers and public services that notes name as a workplace
        "USPS", "MBTA", "FedEx", "Verizon", "Comcast", "Raytheon", "Gillette", "Dunkin", "Dunkin Donuts",
        "Market Basket", "Home Depot", "Walmart",
    };

    /** Words after a company's name that name its facility or branch: part of the place. */
    private static final WordSet TAILS = WordSet.of("pharmacy", "hospital", "clinic", "center", "centre", "rehab",
            "healthcare", "health", "home", "homecare", "hospice", "infusion", "specialty", "respiratory", "dialysis",
            "kidney");

    /** Phrase hashes ({@link Places#phrase}) of the names, and the hashes of their first words. */
    private static final WordSet PHRASES;
    private static final WordSet FIRST_WORDS;

    static {
        long[] phrases = new long[NAMES.length];
        long[] firsts = new long[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            NameTokens t = new NameTokens(NAMES[i]);
            if (t.size() == 0 || t.size() > MAX_TOKENS) {
                throw new IllegalStateException("company name of 1-" + MAX_TOKENS + " tokens expected: " + NAMES[i]);
            }
            long h = 0;
            for (int k = 0; k < t.size(); k++) {
                h = Places.phrase(h, t.hash(k));
            }
            phrases[i] = h;
            firsts[i] = t.hash(0);
        }
        PHRASES = WordSet.ofHashes(phrases);
        FIRST_WORDS = WordSet.ofHashes(firsts);
    }

    private CareCompanies() {
    }

    /** Adds the companies named in the text; {@code kind} is the text's {@link Shorthand#textKind} or 0. */
    static int apply(TokenFeatures tf, String recognizer, List<Finding> out, int from, int kind) {
        NameTokens t = tf.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (!t.isWord(k) || !FIRST_WORDS.contains(t.hash(k)) || k > 0 && glued(t, k - 1, k)
                    || FieldLabels.honorificBefore(tf, k)) {
                continue; // "Dr. Joslin": a person of the company's name
            }
            int e = Places.longestPhrase(t, k, PHRASES, MAX_TOKENS);
            if (e < 0 || e < t.size() && (glued(t, e - 1, e) && t.isWord(e) || t.isPunct(e, ':'))
                    || !written(t, k, e) && !lowerInLowerProse(tf, k, e)) {
                continue; // "CVSx"; "CVS: S1 S2 heard"; "kindred" in mixed-case prose
            }
            while (e < t.size() && t.isWord(e) && !t.newlineBefore(e) && t.start(e) - t.end(e - 1) == 1
                    && TAILS.contains(t.hash(e)) && written(t, e, e + 1)) {
                e++; // "Kroger Pharmacy", "Kindred Hospital", "Apria Healthcare": the company's own facility
            }
            if (kind == 0) {
                kind = Shorthand.textKind(tf); // only once a company is named
            }
            EntityType type = (kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) != 0 ? EntityType.LOCATION
                    : EntityType.ORGANIZATION;
            dropPersonFrom(out, from, t.start(k)); // "Humana Medicare" read as a person
            dropAbbreviatedPerson(t, out, from, t.end(e - 1));
            LinePasses.replaceUnlessLonger(out, from, new Finding(type, t.start(k), t.end(e - 1), SCORE, recognizer));
            k = e - 1;
        }
        return kind;
    }

    /** Removes the PERSON findings from index {@code from} that start at {@code start} ("Humana Medicare"). */
    private static void dropPersonFrom(List<Finding> out, int from, int start) {
        for (int i = out.size() - 1; i >= from; i--) {
            if (out.get(i).start() == start && out.get(i).type() == EntityType.PERSON) {
                out.remove(i);
            }
        }
    }

    /** Removes a finding from {@code from} that ends at {@code end} and opens with an abbreviation in capitals. */
    private static void dropAbbreviatedPerson(NameTokens t, List<Finding> out, int from, int end) {
        for (int i = out.size() - 1; i >= from; i--) {
            Finding f = out.get(i);
            if (f.end() == end) {
                String s = t.text();
                int p = f.start();
                int q = p;
                while (q < end && Character.isUpperCase(s.charAt(q))) {
                    q++;
                }
                if (q - p >= 2 && q - p <= 4 && q < end && s.charAt(q) == ' ') {
                    out.remove(i); // "DME Lincare": an abbreviation and the company, no person
                }
            }
        }
    }

    /** Tokens {@code k} and {@code j} touch, no space between them, and {@code k} is no mark ("(Tufts" is no glue). */
    private static boolean glued(NameTokens t, int k, int j) {
        return t.start(j) == t.end(k) && !t.newlineBefore(j) && t.shape(k) != NameTokens.PUNCT;
    }

    /**
     * "ins tufts health plan", "sent to whittier rehab": in prose written in lower case a company's
     * name of two words or more is in lower case too; a one-word name ("kindred") still needs capitals.
     */
    private static boolean lowerInLowerProse(TokenFeatures tf, int a, int e) {
        return tf.tokens().lowerProse() && e - a > 1;
    }

    /** Every word of {@code [a, e)} starts with a capital, or the text is all in one case. */
    private static boolean written(NameTokens t, int a, int e) {
        for (int k = a; k < e; k++) {
            if (t.isWord(k) && t.mode(k) == NameTokens.MODE_MIXED
                    && (t.shape(k) == NameTokens.LOWER || t.shape(k) == NameTokens.SINGLE_LOWER)) {
                return false;
            }
        }
        return true;
    }
}
