package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * Named practices and facilities of clinical text, applied after {@link NameSpans}: "Riverside
 * Family Medicine", "Summit Cardiology", "Keystone Sleep Center", "Sunrise Gardens Assisted
 * Living", "codman square health center". A practice word ends the name, generic words of the
 * field may stand before it ("Family", "Sleep", "Assisted"), and one to three distinctive words
 * open it: capitalised words that are no field of medicine, condition or function word, nor an
 * ordinary word that ends like vocabulary. So "Epilepsy Clinic", "Internal Medicine", "Extended
 * Care" and "the Sleep Center" stay nothing, while "Summit Dermatology" is named. A practice is a
 * healthcare facility, so a LOCATION (the de-identification convention) in any text, a letter or a
 * portal message as well as a bedside note; the finding replaces the name findings it covers
 * ("Valley Primary" read as a title, "Jamaica" as a person). A name ending in a head that is no
 * field of medicine ("Center", "Living", and the institutions a note names: "Lincoln Elementary",
 * "Fulton County Schools", "Boston Fire Dept", "Grace Episcopal Church") counts in a clinical note
 * only. In a clinical note an employer named
 * after a work verb is a place too ("works for Fidelity", "RETIRED FROM RAYTHEON", "job at Stop &
 * Shop").
 */
final class Practices {
    private Practices() {
    }

    static final double SCORE = 0.75;
    /** Words that end a practice's or facility's name. */
    private static final WordSet HEADS = WordSet.of("medicine", "cardiology", "associates", "center",
            "centre", "clinic", "manor", "living", "pediatrics", "orthopedics", "orthopaedics", "dermatology",
            "oncology", "neurology", "urology", "gastroenterology", "partners", "physicians", "healthcare",
            "pharmacy", "podiatry", "imaging", "rheumatology", "endocrinology", "ophthalmology", "pulmonology",
            "nephrology", "psychiatry", "radiology", "otolaryngology", "practice", "care",
            // therapy practices and home-care agencies ("Kinetic Edge Physical Therapy", "Cape Cod VNA")
            "therapy", "vna", "hospice", "homecare",
            // institutions a note names as the patient's school, church, employer or a service
            "school", "schools", "elementary", "academy", "college", "university", "church", "mall", "dept",
            "department", "rescue", "bank", "ambulance", "home");
    /**
     * Heads that make the name a medical practice in any text ("Summit Dermatology", "Riverside
     * Family Practice"); the other heads ("Center", "Living", "Associates") name a facility only in
     * a clinical note ("Copyright Clearance Center", "Next Step Living" are companies).
     */
    private static final WordSet MEDICAL_HEADS = WordSet.of("medicine", "cardiology", "pediatrics", "orthopedics",
            "orthopaedics", "dermatology", "oncology", "neurology", "urology", "gastroenterology", "podiatry",
            "rheumatology", "endocrinology", "ophthalmology", "pulmonology", "nephrology", "psychiatry", "radiology",
            "otolaryngology", "practice", "care", "clinic", "therapy", "vna", "hospice", "homecare");
    /** Words of a field, condition or kind of care: before the head, never the distinctive part. */
    private static final WordSet GENERIC = WordSet.of("family", "internal", "primary", "general", "sleep",
            "heart", "cancer", "diabetes", "wound", "pain", "memory", "stroke", "spine", "vein", "eye", "skin",
            "kidney", "liver", "lung", "breast", "bone", "joint", "brain", "dialysis", "transplant", "fertility",
            "weight", "infusion", "allergy", "asthma", "headache", "movement", "urgent", "pediatric", "women",
            "children", "behavioral", "mental", "dental", "vision", "hearing", "hand",
            "foot", "sports", "physical", "occupational", "speech", "nutrition", "health", "medical", "community",
            "assisted", "nursing", "senior", "home", "epilepsy", "vascular", "surgical", "orthopedic", "cardiac",
            "infectious", "disease", "diseases", "digestive", "immunology", "travel", "anticoagulation",
            "funeral",
            "pulmonary", "renal", "geriatric", "palliative", "hospice", "rehabilitation", "rehab", "specialty",
            "specialists", "outpatient", "inpatient", "ambulatory", "day", "care", "wellness", "integrative",
            "comprehensive", "advanced", "regional", "emergency", "trauma", "burn", "neonatal", "maternal",
            "addiction", "recovery", "treatment", "diagnostic", "clinical", "medicine", "center", "clinic",
            "associates", "and", "&", "of", "the", "for", "fire", "police", "county", "high", "middle", "public",
            "state", "organ", "blood", "food", "tissue", "milk", "grad", "graduate", "summer", "night", "law",
            "business", "art", "driving", "boarding", "private", "charter", "elementary", "school", "episcopal",
            "baptist", "methodist", "lutheran", "presbyterian", "catholic", "evangelical", "pentecostal", "sunday",
            "bible");

    /** Adds the practices named in the text to {@code out}, replacing the name findings they cover. */
    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from, int knownKind) {
        int kind = employers(tf, recognizer, out, from, knownKind);
        NameTokens t = tf.tokens();
        for (int h = 1; h < t.size(); h++) {
            if (!t.isWord(h) || t.length(h) > 16 || !HEADS.contains(t.hash(h))) {
                continue;
            }
            if (!MEDICAL_HEADS.contains(t.hash(h))) {
                if (kind == 0) {
                    kind = Shorthand.textKind(tf); // only once a facility word is seen
                }
                if ((kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) == 0) {
                    continue;
                }
            }
            // "Cape Cod VNA": an agency's initials after its capitalised name
            int shape = t.shape(h) == NameTokens.UPPER && t.length(h) <= 4 && t.mode(h) == NameTokens.MODE_MIXED
                    ? NameTokens.CAPITALIZED : t.shape(h);
            int k = h - 1;
            // generic words of the field right before the head ("Family", "Sleep", "Assisted")
            while (k >= 0 && sameLine(t, k, h) && t.isWord(k) && t.shape(k) == shape && generic(t, k)) {
                k--;
            }
            int end = k; // last distinctive word
            int distinctive = 0;
            while (k >= 0 && distinctive < 3 && sameLine(t, k, h) && t.isWord(k) && t.shape(k) == shape
                    && !generic(t, k) && distinctive(tf, k)) {
                if (distinctive > 0 && sentenceStart(t, k) && (tf.lookup(k) & Lexicon.COMMON) != 0) {
                    break; // "Attends Grace Episcopal Church": a capital that opens a sentence says nothing
                }
                distinctive++;
                k--;
            }
            if (distinctive == 0 || end < 0) {
                continue;
            }
            if (end == h - 1 && t.is(h, "care")) {
                continue; // "Customer Care", "Extended Care": "care" ends a name only after "Primary", "Urgent"
            }
            if (t.is(h, "care") && t.is(h - 1, "of")) {
                continue; // "GOALS OF CARE", "Plan of Care", "Standard of Care": no facility
            }
            // a practice is a healthcare facility, a LOCATION by the recognizer's convention, also in a
            // letter or a portal message with too few bedside words to count as a clinical note (with a
            // medical head)
            add(t, k + 1, h + 1, EntityType.LOCATION, recognizer, out, from);
        }
    }

    /** Words after which "at"/"for"/"from"/"by" introduce an employer: "works at", "retired from". */
    private static final WordSet WORK_VERBS = WordSet.of("works", "work", "worked", "working", "employed",
            "retired", "job", "shift", "employee", "volunteers", "volunteered", "drives", "drove");

    /**
     * "works for Fidelity downtown", "RETIRED FROM RAYTHEON", "her job at Stop & Shop", "a petroleum
     * engineer with Chevron": in a clinical note (or, after a job's name, any medical text) an
     * employer is a place (the de-identification convention); one to four words written as names
     * (capitalised, in capitals in capital text, or unknown), "&" and "and" between them.
     */
    private static int employers(TokenFeatures tf, String recognizer, List<Finding> out, int from, int knownKind) {
        NameTokens t = tf.tokens();
        int kind = knownKind;
        for (int k = 1; k + 1 < t.size(); k++) {
            if (!t.isWord(k) || t.length(k) > 4 || !EMPLOYER_PREPOSITIONS.contains(t.hash(k))
                    || !t.isWord(k - 1) || t.newlineBefore(k + 1)) {
                continue;
            }
            // "an accountant at T. Rowe Price", "bus mechanic for AC Transit", "engineer with Chevron":
            // a job right before the preposition names the employer as a work verb does
            boolean job = t.shape(k - 1) == NameTokens.LOWER && (tf.lookup(k - 1) & Lexicon.JOB) != 0
                    && (tf.lookup(k - 1) & Lexicon.STOP) == 0;
            if (!job && (t.is(k, "with") || !workVerbBefore(t, k))) {
                continue;
            }
            int a = k + 1;
            int e = a;
            int words = 0;
            while (e < t.size() && words < 4 && !t.newlineBefore(e) && (e == a || t.start(e) - t.end(e - 1) <= 1)) {
                if (t.isWord(e) && distinctiveOrWord(tf, e)) {
                    words++;
                    e++;
                } else if (e > a && (t.isPunct(e, '&') || t.is(e, "and")) && e + 1 < t.size() && t.isWord(e + 1)
                        && distinctiveOrWord(tf, e + 1)) {
                    e++;
                } else {
                    break;
                }
            }
            if (words > 0 && t.length(a) >= 3) {
                if (kind == 0) {
                    kind = Shorthand.textKind(tf); // only once an employer is named
                }
                if ((kind & Shorthand.CLINICAL) != 0 || job && (kind & Shorthand.MEDICAL_TEXT) != 0) {
                    add(t, a, e, EntityType.LOCATION, recognizer, out, from);
                }
            }
        }
        return kind;
    }

    /** The prepositions before an employer: one look-up per token instead of five word tests. */
    private static final WordSet EMPLOYER_PREPOSITIONS = WordSet.of("at", "for", "from", "by", "with");

    /** Words between a work verb and "at": "works as a line cook at", "worked 30 years for". */
    private static final int WORK_VERB_REACH = 6;

    /** Whether a work verb comes before "at"/"for" at {@code k}, within a few words of the same clause. */
    private static boolean workVerbBefore(NameTokens t, int k) {
        for (int p = k - 1; p >= 0 && k - p <= WORK_VERB_REACH; p--) {
            if (!t.isWord(p) && !t.isPunct(p, '-') || t.newlineBefore(p + 1)) {
                return false; // a sentence or a line ends: "works nights. Lives at ..."
            }
            if (t.isWord(p) && t.length(p) <= 10 && WORK_VERBS.contains(t.hash(p))) {
                return true;
            }
        }
        return false;
    }

    /** A word of an employer's name: distinctive, or an ordinary word written as a name ("Stop", "Shop"). */
    private static boolean distinctiveOrWord(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        if (distinctive(tf, k)) {
            return true;
        }
        int c = tf.lookup(k);
        return (c & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL)) == 0 && !Shorthand.bedsideWord(t, k)
                && (t.shape(k) == NameTokens.CAPITALIZED && t.mode(k) == NameTokens.MODE_MIXED
                        || t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_UPPER);
    }

    /** A word of the field or a practice word itself ("Neurology" in "Coastal Neurology Associates"). */
    private static boolean generic(NameTokens t, int k) {
        return t.length(k) <= 16 && (GENERIC.contains(t.hash(k)) || HEADS.contains(t.hash(k)));
    }

    /**
     * A word that can name a practice: capitalised (or in capitals in text all in capitals, or in
     * lower case in lower-case text if no vocabulary list has it), no function word, month,
     * weekday or clinical word.
     */
    private static boolean distinctive(TokenFeatures tf, int k) {
        NameTokens t = tf.tokens();
        int c = tf.lookup(k);
        // a word of hospital names ("Mercy", "Valley", "Crest") names a practice as well
        if ((c & (Lexicon.STOP | Lexicon.CALENDAR | Lexicon.CLINICAL | Lexicon.HONORIFIC | Lexicon.JOB
                | Lexicon.FACILITY)) != 0
                || t.length(k) < 3 || Shorthand.bedsideWord(t, k) || ClinicalWords.bedsideTerm(t, k)) {
            return false;
        }
        // a name, a place or a word no vocabulary list has ("Pocono", "Codman"); not an ordinary
        // word ("Extended Care", "Anticoagulation Clinic", "Hospital Medicine")
        // "Summit Dermatology", "Pine Ridge Ophthalmology": an ordinary noun written as a name, if it
        // does not end like vocabulary ("Interventional", "Extended", "Anticoagulation")
        boolean proper = (c & (Lexicon.PROPER | Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
                | Lexicon.COUNTRY | Lexicon.PLACE_WORD)) != 0 || (c & Lexicon.COMMON) == 0
                || t.shape(k) != NameTokens.LOWER && !Shorthand.vocabularyEnding(t, k);
        return proper && switch (t.shape(k)) {
            case NameTokens.CAPITALIZED, NameTokens.MIXED -> t.mode(k) == NameTokens.MODE_MIXED;
            case NameTokens.UPPER -> t.mode(k) == NameTokens.MODE_UPPER;
            case NameTokens.LOWER -> t.mode(k) != NameTokens.MODE_MIXED && (c & Lexicon.COMMON) == 0;
            default -> false;
        };
    }

    /** Whether token {@code k} opens its line or sentence, where a capital says nothing ("Attends Grace Church"). */
    private static boolean sentenceStart(NameTokens t, int k) {
        return k == 0 || t.newlineBefore(k) || t.isPunct(k - 1, '.') || t.isPunct(k - 1, ':') || t.isPunct(k - 1, '!')
                || t.isPunct(k - 1, '?') || t.isPunct(k - 1, ';');
    }

    /** Tokens {@code k} .. {@code h} on one line, one space apart. */
    private static boolean sameLine(NameTokens t, int k, int h) {
        return !t.newlineBefore(k + 1) && t.start(k + 1) - t.end(k) == 1;
    }

    private static void add(NameTokens t, int a, int e, EntityType type, String recognizer, List<Finding> out,
            int from) {
        LinePasses.replaceUnlessLonger(out, from, new Finding(type, t.start(a), t.end(e - 1), SCORE, recognizer));
    }
}
