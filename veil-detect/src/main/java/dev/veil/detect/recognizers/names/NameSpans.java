package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * Turns the tagger's BIO labels into findings: one finding per B-run, trimmed of punctuation that
 * is not part of the name (a sentence's final period stays out, "Jr." and "Ltd." keep theirs), with
 * a lone honorific reported as a low-score TITLE, and a score that grows with the tagger's margin.
 */
final class NameSpans {
    /** Lowest and highest score reported. */
    static final double MIN_SCORE = 0.5;
    static final double MAX_SCORE = 0.95;
    /** Margin (in perceptron units) at which the score is about two thirds of the way up. */
    static final double MARGIN_SCALE = 6.0;
    /** Score of an honorific standing alone: reported, but below the analyzer's default threshold. */
    static final double HONORIFIC_ALONE_SCORE = 0.35;
    /** Score of a nationality or belief word that describes a thing ("American film"): below the threshold. */
    static final double NRP_OF_A_THING_SCORE = 0.4;

    /**
     * Words that stand alone as a name, place, organization, group or title only by mistake: record
     * and header labels, programme names and sign-offs ("Codice fiscale", "Medicare", "DEA number",
     * "Labs:", "Authorization: Bearer", "Subject: Onboarding", "port=5432", "Date of discharge",
     * "Emergency contact", "thanks bye"). They are not dropped from longer spans, only when they
     * are the whole span. Words that are also given names ("Loan", "Mark", "Hope") are not here.
     */
    private static final WordSet NEVER_AN_ENTITY_ALONE = WordSet.of(
            "codice", "fiscale", "medicare", "medicaid", "dea", "npi", "bsn", "vin", "imei", "iban", "ssn",
            "mrn", "dob", "labs", "beneficiary", "openai", "bye", "goodbye", "thanks", "cheers",
            "authorization", "onboarding", "port", "date", "emergency", "dictated", "transcribed", "attending",
            "admission", "discharge", "summary", "impression", "diagnosis", "diagnoses", "medications",
            "allergies", "followup", "meds", "fam");

    private NameSpans() {
    }

    /** The tagger's type index of PERSON. */
    private static final int PERSON_TYPE = 0;

    /** Emits the findings; returns the text's {@link Shorthand#textKind} if a span asked for it, else 0. */
    static int emit(TokenFeatures tf, int[] labels, float[] margins, String recognizer, List<Finding> out) {
        NameTokens t = tf.tokens();
        int n = t.size();
        int i = 0;
        // the last finding emitted, if it is a PERSON: its index in out (-1 if none) and its tokens
        // [personStart, personEnd), for "Last, First" and a middle initial after it
        int personAt = -1;
        int personStart = -1;
        int personEnd = -1;
        int kind = 0; // Shorthand.textKind, computed once when a span asks
        ClinicalSpans.Span span = new ClinicalSpans.Span();
        while (i < n) {
            int y = labels[i];
            if (y == SequenceModel.OUTSIDE) {
                if (Relatives.namedAfter(tf, i) || Relatives.initialsSigning(tf, i) || Relatives.closingInitials(tf, i)
                        || Relatives.closingName(tf, i) || ServiceAfter.surnameBefore(tf, i)) {
                    // "husband Ed visited", "grandson Will is HCP": the tagger reads a given name that is
                    // also a word as the word; after a relative it is the name. "-- JT RN", "... ak":
                    // initials signing the note
                    out.add(new Finding(EntityType.PERSON, t.start(i), t.end(i), Relatives.SCORE, recognizer));
                    personAt = out.size() - 1;
                    personStart = i;
                    personEnd = i + 1;
                }
                i++;
                continue;
            }
            int type = SequenceModel.typeIndex(y);
            int a = i;
            double sum = margins[i];
            i++;
            while (i < n && labels[i] == SequenceModel.inside(type)) {
                sum += margins[i];
                i++;
            }
            int b = i; // exclusive token index
            for (int k = a + 1; k < b; k++) {
                if (SpanShapes.fieldGap(t, k)) {
                    b = k; // "Pt: Siddiqui, Farah   Date:": a run of spaces separates fields, not names
                    break;
                }
            }
            if (b - a >= 2) {
                // "MD\n\nHOSPITAL COURSE", "REPORT\nSleep Disorders Center": a name keeps to its line;
                // of a span over several lines the line with the most words is kept
                int best = a;
                int bestEnd = b;
                int bestWords = -1;
                for (int s0 = a; s0 < b; ) {
                    int e0 = s0 + 1;
                    while (e0 < b && !t.newlineBefore(e0)) {
                        e0++;
                    }
                    int words = 0;
                    for (int k = s0; k < e0; k++) {
                        words += t.isWord(k) ? 1 : 0;
                    }
                    if (words > bestWords) {
                        bestWords = words;
                        best = s0;
                        bestEnd = e0;
                    }
                    s0 = e0;
                }
                a = best;
                b = bestEnd;
            }
            double mean = sum / (b - a);
            // trim trailing marks: a hyphen or apostrophe never ends a name; a period only after
            // an abbreviation (Jr., Ltd., St., Mr.) or an initial
            while (b > a && t.shape(b - 1) == NameTokens.PUNCT && !keepsPeriod(tf, b - 1, a)) {
                b--;
            }
            while (a < b && t.shape(a) == NameTokens.PUNCT) {
                a++;
            }
            if (b - a == 1 && (Relatives.closingInitials(tf, a) || ServiceAfter.surnameBefore(tf, a))) {
                // "...\n--sb", "to floor.\nep": initials closing the note are its writer's, whatever
                // the shorthand and drug lists say about the letters; "hartigan (attending)" a clinician
                out.add(new Finding(EntityType.PERSON, t.start(a), t.end(a), Relatives.SCORE, recognizer));
                personAt = -1;
                continue;
            }
            EntityType et = SequenceModel.TYPES[type];
            if (b - a >= 2 && FieldLabels.credential(t, b - 1) && t.shape(b - 1) != NameTokens.CAPITALIZED
                    && t.isWord(b - 2) && (et == EntityType.PERSON || !FieldLabels.alsoAState(t, b - 1))) {
                b--; // "cj rn", "Jen RN", "-Obinna RN": the credential is no part of the name
                if (!SpanShapes.placeOnly(tf, a, b)) {
                    et = EntityType.PERSON; // and a name with a nurse's credential is a person's ("Bethesda MD" stays)
                }
            }
            if (et == EntityType.PERSON) {
                // "Wife Mary", "Hx IDDM": ordinary or clinical words at the edges are not the name
                while (a < b && (plainWord(tf, a) && !initialBefore(t, a, b) || Relatives.functionWord(t, a) || b - a >= 2 && Relatives.teamRole(t, a)
                        || b - a >= 2 && t.shape(a) != NameTokens.UPPER && Relatives.relative(t, a)
                                && SpanShapes.listedOrUnknown(tf, a + 1))) {
                    // "Father Luis present": the relative word is no part of the name
                    a++; // "IN HOLYOKE": a preposition is no part of a name, even one a name list holds ("In")
                }
                while (b > a && (plainWord(tf, b - 1) && !surnameAfterGivenName(tf, a, b - 1) || lowerTail(tf, a, b - 1)
                        || b - a >= 2 && Relatives.visitWord(t, b - 1))
                        && !nameAfterHonorific(tf, a, b - 1)) {
                    b--;
                }
            }
            span.set(a, b, et);
            if (a < b) {
                if (!ClinicalSpans.keep(tf, span, kind != 0 ? kind : (kind = Shorthand.textKind(tf)))
                        || !ProseSpans.keep(tf, span)) {
                    continue; // an eponym, a credential, a title in a clinical note; a work's title
                }
                a = span.a;
                b = span.b;
                et = span.type;
            }
            if (a < b && et == EntityType.ORGANIZATION && (kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) != 0) {
                // "transferred from Newton-Wellesley", "PCP at Lahey Clinic": in a clinical note an
                // organization is a hospital or other facility, a place by the de-identification convention
                et = EntityType.LOCATION;
            }
            if (a < b && et != EntityType.PERSON && !span.facility && (Relatives.before(tf, a) || FieldLabels.personLabelBefore(tf, a)
                    || et != EntityType.ORGANIZATION && FieldLabels.credentialAfter(tf, b) && !SpanShapes.placeOnly(tf, a, b)
                    || et == EntityType.LOCATION && SpanShapes.givenNameAlone(tf, a, b)
                            && ((kind != 0 ? kind : (kind = Shorthand.textKind(tf))) & Shorthand.CLINICAL) != 0)) {
                // "son Paulo Medeiros", "Pt: Oliveira", "Hope Washington, NP", "assist of Frank (PT)": a person's name
                et = EntityType.PERSON;
            }
            if (et == EntityType.PERSON) {
                for (int k = a + 1; k + 1 < b; k++) {
                    if (t.isWord(k) && (t.shape(k) == NameTokens.LOWER
                            || t.shape(k) == NameTokens.UPPER && t.mode(k) == NameTokens.MODE_UPPER)
                            && (t.is(k, "and") || t.is(k, "or"))) {
                        // "sons Michael and Patrick": two people; the second is tagged on its own
                        int end = b;
                        b = k;
                        i = k + 1;
                        labels[i] = SequenceModel.begin(PERSON_TYPE);
                        for (int q = i + 1; q < end; q++) {
                            labels[q] = SequenceModel.inside(PERSON_TYPE);
                        }
                        break;
                    }
                }
            }
            if (et == EntityType.TITLE && b - a == 1 && (tf.lookup(a) & (Lexicon.JOB | Lexicon.HONORIFIC)) == 0
                    && (tf.lookup(a) & Lexicon.FIRST_NAME) != 0) {
                et = EntityType.PERSON; // "Alice, Bob and Carol": a given name on no job list is no title
            }
            if (a < b && t.isWord(a) && b - a <= 3 && ClinicalWords.drugOrLab(t, a)
                    && (b - a == 1 || ClinicalWords.drug(t, a))) {
                continue; // "SITTER. SEROQUEL 25 PO", "Bactrim DS", "Trelegy Ellipta": a drug, whatever is before it
            }
            if (b - a == 2 && !span.titled && t.isWord(b - 1) && ClinicalWords.drug(t, b - 1)
                    && (tf.lookup(a) & Lexicon.FIRST_NAME) == 0
                    && ((kind != 0 ? kind : (kind = Shorthand.textKind(tf))) & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) != 0) {
                continue; // "CONT PLAVIX" in a note: an order for a drug
            }
            boolean signing = span.titled // but not "INTERPRETER SVC CALLED" ("Dr. Foley" is a name)
                    && (!Shorthand.bedside(t, a, b) || FieldLabels.honorificBefore(tf, a))
                    || b - a == 1 && (Relatives.initialsSigning(tf, a) || Relatives.closingInitials(tf, a));
            if (signing) {
                et = EntityType.PERSON; // "-- JT RN": initials, whatever the shorthand rules below say
            }
            if (!signing && (a >= b || (b - a == 1 && (t.length(a) == 1 || clinicalOnly(tf.classes(a)) || clinicalAcronym(tf, a)
                    || neverAnEntityAlone(t, a) || SpanShapes.idPrefix(t, a) || ClinicalWords.drugOrLab(t, a)
                    || et == EntityType.PERSON && SpanShapes.verbAtSentenceStart(tf, a))
                    && t.isWord(a))
                    || SpanShapes.loneInitial(t, a, b) || SpanShapes.sectionHeader(tf, a, b)
                    || et != EntityType.PERSON && SpanShapes.titleLine(tf, a, b)
                    || Shorthand.drop(tf, a, b, et, kind != 0 ? kind : (kind = Shorthand.textKind(tf)))
                    || SpanShapes.genusInitial(t, a, b) || SpanShapes.fieldLabel(tf, a, b) || SpanShapes.assistLevel(t, a, b)
                    || MedicalTerms.drop(tf, a, b, et, kind != 0 ? kind : (kind = Shorthand.textKind(tf)))
                    || b - a == 1 && SpanShapes.ordinaryAlone(tf, a)
                            && (kind & (Shorthand.CLINICAL | Shorthand.MEDICAL_TEXT)) != 0)) {
                continue; // nothing left, a lone letter ("45 y/o F", "q.d.") or clinical shorthand ("ST", "AC", "IV")
            }
            double score = MIN_SCORE + (MAX_SCORE - MIN_SCORE) * (1 - Math.exp(-Math.max(0, mean) / MARGIN_SCALE));
            if (onlyHonorific(tf, a, b)) {
                // "Dear Sir", a "Dr." whose name the tagger missed: a TITLE, but below the default
                // threshold, as labelled data marks honorifics only inside a PERSON span
                et = EntityType.TITLE;
                score = HONORIFIC_ALONE_SCORE;
            } else if (et == EntityType.LOCATION && !span.facility && givenThenFamilyName(tf, a, b)) {
                // "Sofia Garcia", "Juan Torres": the lexicon's city lists hold so many words that
                // are also names that the tagger reads some common names as places
                et = EntityType.PERSON;
            } else if (b - a == 1 && isGroupWord(tf.classes(a))) {
                // a lone nationality or belief word ("Republican", "Nigerian") is NRP whatever its context
                et = EntityType.NRP;
            } else if (et == EntityType.PERSON && b - a == 1 && tf.lookup(a) == 0 && SpanShapes.language(t, a)) {
                // "Arabic-speaking", "Fulani interpreter": a language no list holds, not a person
                et = EntityType.NRP;
            }
            if (et == EntityType.NRP && b - a == 1 && (SpanShapes.describesAThing(tf, b) || SpanShapes.language(t, a))) {
                // "an American film", "his French passport", "speaks English": the word describes a
                // thing or names a language, not a person's nationality or belief; kept, but below
                // the default threshold
                score = Math.min(score, NRP_OF_A_THING_SCORE);
            }
            boolean afterPerson = et == EntityType.PERSON && personAt >= 0 && personAt == out.size() - 1;
            if (afterPerson && b - a == 1 && personEnd - personStart == 1 && t.isWord(personStart)
                    && surnameFirst(tf, personStart, a)) {
                Finding prev = out.get(personAt);
                out.set(personAt, new Finding(EntityType.PERSON, prev.start(), t.end(a),
                        Math.max(prev.score(), score), recognizer));
                personAt = -1; // "Smith, Anna, Lee": one merge
                continue;
            }
            if (afterPerson && a == personEnd && t.start(a) - t.end(a - 1) == 1 && t.spaceBefore(a)
                    && t.shape(a) == t.shape(personEnd - 1) && t.isWord(personEnd - 1)) {
                // "Hiroshi Tanaka, MD" at the start of a line: the tagger may read a given name and a
                // surname written in the same case, one space apart, as two people
                Finding prev = out.get(personAt);
                out.set(personAt, new Finding(EntityType.PERSON, prev.start(), t.end(b - 1),
                        Math.max(prev.score(), score), recognizer));
                personEnd = b;
                continue;
            }
            if (afterPerson && middleInitial(t, personEnd, a)) {
                // "Robert K. Hsu": the tagger leaves the initial out and reads two people
                Finding prev = out.get(personAt);
                out.set(personAt, new Finding(EntityType.PERSON, prev.start(), t.end(b - 1),
                        Math.max(prev.score(), score), recognizer));
                personEnd = b;
                continue;
            }
            out.add(new Finding(et, t.start(a), t.end(b - 1), score, recognizer));
            personAt = et == EntityType.PERSON ? out.size() - 1 : -1;
            personStart = a;
            personEnd = b;
        }
        return kind;
    }

    /**
     * Tokens {@code e}, {@code e + 1} are a capital letter and a period between a PERSON that ends
     * before {@code e} and a name that starts at {@code a}, on one line: a middle initial.
     */
    private static boolean middleInitial(NameTokens t, int e, int a) {
        return e >= 1 && a == e + 2 && t.shape(e) == NameTokens.SINGLE_UPPER && t.isPunct(e + 1, '.')
                && !t.spaceBefore(e + 1) && t.spaceBefore(e) && t.spaceBefore(a) && !t.newlineBefore(e)
                && !t.newlineBefore(a);
    }

    private static boolean neverAnEntityAlone(NameTokens t, int i) {
        return t.length(i) <= 13 && NEVER_AN_ENTITY_ALONE.contains(t.hash(i));
    }

    /**
     * "Windler, Andrew", "Name: Sezer, Dilek": a surname, a comma glued to it, then a given name,
     * written as one person (records and rosters list people surname first). Not in lists:
     * nothing like "Smith, Jones, Brown" or "Alice, Bob and Carol" (a comma before the surname, a
     * comma or "and" after the given name), and the first word must not be a given name only.
     */
    private static boolean surnameFirst(TokenFeatures tf, int last, int first) {
        NameTokens t = tf.tokens();
        if (first != last + 2 || !t.isPunct(last + 1, ',') || t.spaceBefore(last + 1) || !t.spaceBefore(first)
                || t.newlineBefore(first)) {
            return false;
        }
        int lc = tf.classes(last);
        int fc = tf.classes(first);
        if ((fc & Lexicon.FIRST_NAME) == 0 || ((lc & Lexicon.FIRST_NAME) != 0 && (lc & Lexicon.LAST_NAME) == 0)) {
            return false;
        }
        if (last >= 1 && t.isPunct(last - 1, ',')) {
            return false;
        }
        int next = first + 1;
        return next >= t.size() || !(t.isPunct(next, ',') || t.is(next, "and") || t.is(next, "&") || t.is(next, "or"));
    }

    /**
     * Two words, a given name then a family name, neither of them a place word ("Santa", "Port",
     * "San") or particle ("El"), not both words of country or region names ("Sierra Leone", "Hong
     * Kong"; "Sofia Martin" is fine though "Saint Martin" makes "martin" a country word), and not
     * followed by a comma and a region or country ("Charlotte Hall, Maryland"): a person, whatever
     * the city lists say about each word.
     */
    private static boolean givenThenFamilyName(TokenFeatures tf, int a, int b) {
        NameTokens t = tf.tokens();
        if (b - a != 2 || !t.isWord(a) || !t.isWord(a + 1)) {
            return false;
        }
        int first = tf.classes(a);
        int last = tf.classes(a + 1);
        int placeLike = Lexicon.PLACE_WORD | Lexicon.PARTICLE;
        if (b + 1 < t.size() && t.isPunct(b, ',') && t.isWord(b + 1)
                && (tf.classes(b + 1) & (Lexicon.REGION | Lexicon.COUNTRY)) != 0) {
            return false;
        }
        int land = Lexicon.COUNTRY | Lexicon.REGION;
        return (first & Lexicon.FIRST_NAME) != 0 && (last & Lexicon.LAST_NAME) != 0
                && ((first | last) & placeLike) == 0 && ((last & land) == 0 || (first & land) == 0);
    }

    /**
     * "Dr. Fields", "Dr. House": a capitalized word (all-caps in all-caps text) right after the
     * honorific that starts the span at {@code a} is the name, even when it is also an ordinary
     * word; the edge trimming of {@link #emit} must keep it.
     */
    private static boolean nameAfterHonorific(TokenFeatures tf, int a, int j) {
        NameTokens t = tf.tokens();
        if (j <= a || !onlyHonorific(tf, a, j) || !t.spaceBefore(j) || t.newlineBefore(j) || t.length(j) < 2) {
            return false;
        }
        return switch (t.mode(j)) {
            case NameTokens.MODE_MIXED -> t.shape(j) == NameTokens.CAPITALIZED;
            case NameTokens.MODE_UPPER -> t.shape(j) == NameTokens.UPPER;
            default -> false;
        };
    }

    private static boolean keepsPeriod(TokenFeatures tf, int p, int a) {
        NameTokens t = tf.tokens();
        if (!t.isPunct(p, '.') || p == a) {
            return false;
        }
        int w = p - 1;
        if (!t.isWord(w)) {
            return false;
        }
        int c = tf.classes(w);
        if ((c & (Lexicon.HONORIFIC | Lexicon.NAME_SUFFIX | Lexicon.ORG_SUFFIX)) != 0) {
            return true;
        }
        return t.length(w) == 1;
    }

    /**
     * "Tol sips", "Mary called": in mixed-case text a lower-case word ending a person after a
     * capitalised one is no part of the name unless it is a given name or a particle ("Ludwig
     * van", "bin"); a surname list having the word ("sips") is not enough.
     */
    private static boolean lowerTail(TokenFeatures tf, int a, int i) {
        NameTokens t = tf.tokens();
        return i > a && t.isWord(i) && t.shape(i) == NameTokens.LOWER && t.mode(i) == NameTokens.MODE_MIXED
                && t.shape(i - 1) == NameTokens.CAPITALIZED
                && (tf.lookup(i) & (Lexicon.FIRST_NAME | Lexicon.PARTICLE | Lexicon.NAME_SUFFIX)) == 0;
    }

    /**
     * "Dr. Thomas Hale", "GIRLFRIEND DONNA PRICE": a word right after a given name, in its case, is
     * the surname, even a word (in capitals, only one a surname list has).
     */
    private static boolean surnameAfterGivenName(TokenFeatures tf, int a, int i) {
        NameTokens t = tf.tokens();
        if (i <= a || t.newlineBefore(i) || (tf.classes(i - 1) & Lexicon.FIRST_NAME) == 0) {
            return false;
        }
        return t.shape(i) == NameTokens.CAPITALIZED && t.shape(i - 1) == NameTokens.CAPITALIZED
                || t.shape(i) == NameTokens.UPPER && t.shape(i - 1) == NameTokens.UPPER
                        && (tf.lookup(i) & Lexicon.LAST_NAME) != 0;
    }

    private static boolean plainWord(TokenFeatures tf, int i) {
        int c = tf.classes(i);
        return tf.tokens().isWord(i) && (c & (Lexicon.COMMON | Lexicon.STOP | Lexicon.CLINICAL)) != 0
                && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.HONORIFIC | Lexicon.PARTICLE
                        | Lexicon.NAME_SUFFIX | Lexicon.PROPER)) == 0;
    }

    /**
     * "pain at IV site": a clinical abbreviation in capitals inside mixed-case text is the
     * abbreviation, even when the same letters are also a rare name somewhere ("Iv").
     */
    private static boolean clinicalAcronym(TokenFeatures tf, int a) {
        NameTokens t = tf.tokens();
        return t.mode(a) == NameTokens.MODE_MIXED && t.shape(a) == NameTokens.UPPER && t.length(a) <= 3
                && (tf.classes(a) & Lexicon.CLINICAL) != 0;
    }

    private static boolean clinicalOnly(int c) {
        return (c & Lexicon.CLINICAL) != 0 && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY
                | Lexicon.REGION | Lexicon.COUNTRY | Lexicon.NATIONALITY | Lexicon.BELIEF)) == 0;
    }

    private static boolean isGroupWord(int c) {
        return (c & (Lexicon.BELIEF | Lexicon.NATIONALITY)) != 0
                && (c & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION | Lexicon.COUNTRY
                        | Lexicon.JOB | Lexicon.ORG_WORD)) == 0;
    }

    private static boolean onlyHonorific(TokenFeatures tf, int a, int b) {
        for (int k = a; k < b; k++) {
            if (tf.tokens().isWord(k) && (tf.classes(k) & Lexicon.HONORIFIC) == 0) {
                return false;
            }
        }
        return true;
    }

    /** "M. Oduya": a capital letter and a period before the rest of a name is an initial, not the word "M". */
    private static boolean initialBefore(NameTokens t, int a, int b) {
        return t.length(a) == 1 && Character.isUpperCase(t.text().charAt(t.start(a))) && a + 2 < b
                && t.isPunct(a + 1, '.') && t.isWord(a + 2);
    }
}
