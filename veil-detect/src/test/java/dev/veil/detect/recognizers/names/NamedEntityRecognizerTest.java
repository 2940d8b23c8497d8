package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedEntityRecognizerTest {
    static final Analyzer ANALYZER = Analyzer.builder()
            .clearRecognizers().addRecognizer(new NamedEntityRecognizer()).build();

    /** Each row: a text, and the findings expected in it as TYPE:text, in order ("-" = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # people, places, organizations in ordinary prose
            My name is John Smith and I live in Boston.                 | PERSON:John Smith, LOCATION:Boston
            She works at Acme Corp in Chicago.                          | ORGANIZATION:Acme Corp, LOCATION:Chicago
            Bank of America opened a branch in San Francisco.           | ORGANIZATION:Bank of America, LOCATION:San Francisco
            We flew from New York to San Francisco last week.           | LOCATION:New York, LOCATION:San Francisco
            Mclaughlin Ltd. is based in Wrocław.                        | ORGANIZATION:Mclaughlin Ltd., LOCATION:Wrocław
            Keith Bult Jr. directed the film.                           | PERSON:Keith Bult Jr.
            # lower case and ALL CAPS
            my name is john smith and i live in boston.                 | PERSON:john smith, LOCATION:boston
            MY NAME IS JOHN SMITH AND I LIVE IN BOSTON.                 | PERSON:JOHN SMITH, LOCATION:BOSTON
            # honorific and name are one PERSON span, in any case
            Mr. Ford called twice.                                      | PERSON:Mr. Ford
            dr. hurst is a 50 year old man who grew up in grasse.       | PERSON:dr. hurst, LOCATION:grasse
            Seen by Dr. Anne Marie Kowalski in the ED.                  | PERSON:Dr. Anne Marie Kowalski
            # names next to numbers
            Patient Maria Garcia, 67, was seen by Dr. Hurst on 3/14.    | PERSON:Maria Garcia, PERSON:Dr. Hurst
            John Smith 555-0132                                         | PERSON:John Smith
            Hi, I am Maria Garcia (maria.garcia@example.org), SSN 536.  | PERSON:Maria Garcia
            # common words that are also names, in ordinary use
            I will call you in May about the brown envelope.            | -
            Reading is fun. Will you mark the box?                      | -
            The brown dog ran across the park.                          | -
            Thank you for your order. It will ship on Monday.           | -
            Will continue to monitor pain at IV site.                   | -
            # clinical notes: relatives, clinicians, facilities (LOCATION by the de-identification convention)
            Pt's wife Mary called, updated by Dr. Lopez.                | PERSON:Mary, PERSON:Dr. Lopez
            Transferred from Beth Israel Deaconess Medical Center.      | LOCATION:Beth Israel Deaconess Medical Center
            # clinical notes: drugs, labs and dotted abbreviations are not names; names beside them are
            Meds: ASA, Plavix, Lipitor, Metoprolol, Zofran prn          | -
            Labs: Na 138, K 4.1, Cr 1.2, WBC 11.2, Hct 32                | -
            Lasix 40 mg p.o. b.i.d. and KCl q.d. for a 72 y.o. male      | -
            Plavix held per Dr. Na; daughter Asa Smith aware.           | PERSON:Dr. Na, PERSON:Asa Smith
            # a middle initial is inside the name; section headers and report labels are not names
            Seen by Robert K. Hsu, MD today.                            | PERSON:Robert K. Hsu
            Dictated by: Jennifer Walsh                                 | PERSON:Jennifer Walsh
            # titles and NRP
            The Chief Financial Officer signed the report.              | TITLE:Chief Financial Officer
            Dear Sir, please find attached the report.                  | -
            She is a devout Catholic and a registered Republican.       | NRP:Catholic, NRP:Republican
            The Nigerian patient was admitted last night.               | NRP:Nigerian
            # NRP is a nationality or belief of people, not of things
            We watched an American film at a Thai restaurant.           | -
            She speaks English; a Vietnamese interpreter was called.    | -
            A Portuguese-speaking man who prefers Portuguese.           | -
            # field labels, departments and ambiguous first names used as words
            DOB 03/04/1950. Seen by Dr. Ana Lopez.                      | PERSON:Dr. Ana Lopez
            Hope this helps. Please contact Engineering today.          | -
            # a name typed in lower case inside capitalised text
            Thanks walter! I will pass it on.                           | PERSON:walter
            # a stand-alone honorific stays below the default threshold
            Dr. saw the patient.                                        | -
            # hyphens, apostrophes and ampersands inside names
            Sanders-Gill merged with O'Brien & Sons last year.          | ORGANIZATION:Sanders-Gill, ORGANIZATION:O'Brien & Sons
            """)
    void findsNames(String text, String expected) {
        List<Finding> fs = ANALYZER.analyze(text);
        List<String> got = fs.stream().map(f -> f.type() + ":" + f.textIn(text)).toList();
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(",\\s*"));
        assertThat(got).isEqualTo(want);
        assertThat(fs).allSatisfy(f -> {
            assertThat(f.recognizer()).isEqualTo("names");
            assertThat(f.score()).isBetween(0.5, 0.95);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The patient, Ana Lopez, was admitted.       | Ana Lopez
            THE PATIENT, ANA LOPEZ, WAS ADMITTED.       | ANA LOPEZ
            the patient, ana lopez, was admitted.       | ana lopez
            """)
    void casingDoesNotHideAPerson(String text, String person) {
        personsAre(text, person);
    }

    /** An all-caps line (a header, a form line) inside mixed-case text is read as all-caps text. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Seen today.\\nPATIENT JOHN MILLER SEEN BY DR. PATEL IN CLINIC\\nPlan: follow up. | JOHN MILLER / DR. PATEL
            Note for Ellen Parker.\\nREFERRED BY DR. KOWALSKI FOR EVALUATION             | Ellen Parker / DR. KOWALSKI
            """)
    void allCapsLineInsideMixedText(String text, String persons) {
        personsAre(text.replace("\\n", "\n"), persons.split(" / "));
    }

    /** "DISCHARGE SUMMARY", "HOSPITAL COURSE:" open a section; a speaker label "JOHN SMITH:" is a person. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCHARGE SUMMARY\\nSeen by Dr. Patel today.                  | -
            Note.\\nHOSPITAL COURSE: He was diuresed with Lasix.          | -
            Call notes\\nJOHN SMITH: yes, that works for me.              | PERSON:JOHN SMITH
            """)
    void sectionHeadersAreNotNames(String text, String expected) {
        String t = text.replace("\\n", "\n");
        List<String> got = ANALYZER.analyze(t).stream()
                .filter(f -> f.type() != EntityType.PERSON || !f.textIn(t).startsWith("Dr."))
                .map(f -> f.type() + ":" + f.textIn(t)).toList();
        assertThat(got).isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
    }

    /** Surname-first names are one PERSON; lists of people stay apart ('/' separates expected spans). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCHARGE SUMMARY\\nName: Windler, Andrew\\nMRN 16386816 | Windler, Andrew
            Subject: payroll change for Shields, Caitlin           | Shields, Caitlin
            The winners were Alice, Bob and Carol.                 | Alice / Bob / Carol
            """)
    void surnameFirstIsOnePerson(String text, String persons) {
        personsAre(text.replace("\\n", "\n"), persons.split(" / "));
    }

    /**
     * A given name then a family name is a PERSON even when city lists hold both words; places
     * built from such words keep their type ('-': no PERSON expected).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sofia Garcia                                 | Sofia Garcia
            Maria Garcia                                 | Maria Garcia
            Please email Juan Torres today.              | Juan Torres
            Name: Jose Garcia                            | Jose Garcia
            She moved to Santa Maria last year.          | -
            He flew to San Jose on Monday.               | -
            We drove to Santa Rosa.                      | -
            She grew up in Charlotte Hall, Maryland.     | -
            """)
    void commonNamesWhoseWordsAreAlsoPlacesArePersons(String text, String person) {
        if (person.equals("-")) {
            personsAre(text);
            assertThat(ANALYZER.analyze(text)).extracting(Finding::type).contains(EntityType.LOCATION);
        } else {
            personsAre(text, person);
        }
    }

    /**
     * Common two-word names, many of whose words are also places in the lexicon's city lists: at
     * least 95% must come out as one whole PERSON (97.0% when written; 87.7% before the rule in NameSpans). A guard against retraining
     * or rule changes that bring back "Juan Torres" as a city; the lists are ours, not evaluation data.
     */
    @org.junit.jupiter.api.Test
    void commonNamesAreWholePersonsAcrossContexts() {
        String[] given = ("Maria Sofia Jose Juan Ana Elena Victoria Paris Austin Dallas Florence Georgia Virginia "
                + "Chelsea Sydney Madison Savannah Eugene Charlotte Lucia Carmen Rosa Luis Miguel Santiago Emily John "
                + "Michael Linda David").split(" ");
        String[] family = ("Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore "
                + "Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young "
                + "Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell "
                + "Mitchell Carter Roberts Silva Santos Azevedo Alves").split(" ");
        String[] contexts = {"%s", "Please email %s today.", "Name: %s", "I spoke with %s yesterday.",
            "%s called about the invoice."};
        int whole = 0;
        int total = 0;
        for (int g = 0; g < given.length; g++) {
            for (int f = 0; f < family.length; f++) {
                String name = given[g] + " " + family[f];
                String text = String.format(contexts[(g * 7 + f) % contexts.length], name);
                int at = text.indexOf(name);
                total++;
                for (Finding x : ANALYZER.analyze(text)) {
                    if (x.type() == EntityType.PERSON && x.start() <= at && x.end() >= at + name.length()) {
                        whole++;
                        break;
                    }
                }
            }
        }
        assertThat((double) whole / total).as("whole PERSON share of %d names", total).isGreaterThanOrEqualTo(0.95);
    }

    /** Record labels and sign-offs are never a person on their own. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Codice fiscale for the contractor is on file.
            Medicare ID on the card was updated.
            Labs: WBC 12.1, Hgb 9.8, plt 210.
            customer: ok thanks bye
            Your DEA number expires soon.
            """)
    void recordLabelsAndSignOffsAreNotPersons(String text) {
        personsAre(text);
    }

    /** A given name that is also an ordinary word, first in its sentence before a preposition, is the word. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hope to extubate in am if ABG ok.
            Afebrile overnight. Mark on L groin site, no hematoma.
            """)
    void anOrdinaryWordBeforeAPrepositionAtSentenceStartIsNoName(String text) {
        personsAre(text);
    }

    /**
     * Shorthand in text dense with capitals (clinical notes) is no entity; in a text with few
     * capitals an unknown word in capitals may be a name, and states after a comma stay places.
     * Each row: a text (literal "\\n" for a line break) and the expected findings ("-" = none).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Neuro: A&Ox3, PERRLA, MAE. CV: NSR. Endo: RISS, FSBS 140-180.     | -
            Access: R IJ TLC, L PIV 20g. OGT to LIS. TF's at goal. VSS.       | -
            Sxn'd for mod amts thick tan secretions. Hx of CHF.               | -
            OOB to chair. CV: NSR, SBP 110s. Resp: LS CTA. GI: +BS.           | -
            Neuro: PERRLA, MAE. CV: NSR. Dtr Karen called, updated by Dr. Feldman. | PERSON:Karen, PERSON:Feldman
            Insured: LIEMANN, Marshaura   Plan: 395724                       | PERSON:LIEMANN, PERSON:Marshaura
            Deliver to 12 Oak Street, Towneberg, VT 34485 before 5 pm.        | LOCATION:Towneberg, LOCATION:VT
            Sign here, QUFIN, and initial page two.                           | PERSON:QUFIN
            Resp: RA sats 96%, LS clear. GI: tol reg diet. CV: NSR, SBP 110s. | -
            # clinical notes (bedside abbreviations): vocabulary and job words are no person, facilities are places
            Pt NPO, HR 80s, SBP 110s. Aspiration precautions. Chaplain notified. Hydrating w/ NS prn. | -
            Pt NPO, SBP 110s, HR 80s. Paracentesis done by Dr. Shah, wife Xyla aware.  | PERSON:Shah, PERSON:Xyla
            Pt NPO, HR 80s, SBP 110s. PCP Dr. Abramson at Lahey Clinic updated.        | PERSON:Abramson, LOCATION:Lahey Clinic
            Pt NPO, HR 80s, SBP 110s. Dasasson c/o pain at IV site.                    | PERSON:Dasasson
            Pt NPO, HR 80s, SBP 110s. Tol sips, neo gtt weaned. Echo w/ mild RV strain. | -
            Social: husband Ed visited, partner Rich aware, grandson Will is HCP.        | PERSON:Ed, PERSON:Rich, PERSON:Will
            Pt NPO, HR 80s, SBP 110s. Vent weaned.\\n-- JT RN                           | PERSON:JT
            pt npo, hr 80s, sbp 110s.\\n-- mk rn                                         | PERSON:mk
            Pt NPO, HR 80s, SBP 110s.\\nPT OT eval today.\\nED RN called report.        | -
            Hiroshi Tanaka, MD                                                        | PERSON:Hiroshi Tanaka
            pt npo. son rich called, wife will call back. therapist sue in.            | PERSON:rich, PERSON:sue
            Foley draining clear yellow urine. RM/JT                                  | PERSON:RM, PERSON:JT
            HR 80s. Will cont to monitor. ak                                          | PERSON:ak
            See you at 5 pm. OK                                                       | -
            Family present: sons Michael and Patrick.                                 | PERSON:Michael, PERSON:Patrick
            LACTULOSE, ? TRANSFER. AH RN                                              | PERSON:AH
            SOCIAL: SON FRANK IN TO VISIT, MET W/ MD. PT NPO. HR 80S.                 | PERSON:FRANK
            Report given to Jen RN at 1900.                                           | PERSON:Jen
            F/u: PCP Dr. Thomas Hale in 1 week.                                       | PERSON:Dr. Thomas Hale
            Pt NPO, HR 80s, SBP 110s. EGD w/ banding of grade III varices.            | -
            Infectious Disease Consult Note\\nPt NPO, HR 80s, SBP 110s.                | -
            Beth Israel Deaconess Medical Center Progress Note                        | LOCATION:Beth Israel Deaconess Medical Center
            PT NPO. HR 80S. SBP 110S. BLOOD CX X2 SENT. PT WILL NOT GO TO REHAB.      | -
            Pt NPO, HR 80s, SBP 110s. Report called to rehab RN.\\n-Obinna RN         | PERSON:Obinna
            pt npo, hr 80s, sbp 110s. serosang output, tol ok. lives in braintree.     | LOCATION:braintree
            DISCHARGE SUMMARY\\nNAME: Oliveira, Joao      MRN: 123                   | PERSON:Oliveira, Joao
            Pt: Siddiqui, Farah   Date: Aug 3                                         | PERSON:Siddiqui, Farah
            Surgeon: Paul Whitfield, MD                                               | PERSON:Paul Whitfield
            Pt NPO, HR 80s, SBP 110s. Bibasilar crackles. Hepatic steatosis.          | -
            CT HEAD: NO INTRAVENTRICULAR HEMORRHAGE. FOLEY TO GRAVITY, ADEQ UO. PT NPO, HR 80S, SBP 110S. | -
            Hospital Course:\\nPt underwent L hemicolectomy, NPO, SBP 110s, HR 80s.     | -
            """)
    void shorthandInTextDenseWithCapitalsIsNoEntity(String text, String expected) {
        String t = text.replace("\\n", "\n");
        List<String> got = ANALYZER.analyze(t).stream().map(f -> f.type() + ":" + f.textIn(t)).toList();
        assertThat(got).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(",\\s*(?=[A-Z]+:)")));
    }

    /** Header and config labels are no entity of any kind on their own. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Subject: Onboarding - next steps
            Authorization: Bearer of the request header
            db: host=10.0.0.5 port=5432 user=app
            Date of discharge was set.
            Emergency contact on file.
            Reference number ORD-6112939 applies to this order.
            """)
    void headerAndConfigLabelsAreNoEntityAlone(String text) {
        assertThat(ANALYZER.analyze(text)).isEmpty();
    }

    /** After an honorific, a capitalized word is the name even when it is also an ordinary word. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dr. Fields is a 50 year old man.   | Dr. Fields
            Seen by Dr. House today.           | Dr. House
            DR. FIELDS IS ON CALL.             | DR. FIELDS
            Wife Mary called the ward.         | Mary
            """)
    void anOrdinaryWordAfterAnHonorificIsTheName(String text, String person) {
        personsAre(text, person);
    }

    private static void personsAre(String text, String... person) {
        assertThat(ANALYZER.analyze(text))
                .filteredOn(f -> f.type() == EntityType.PERSON)
                .extracting(f -> f.textIn(text)).containsExactly(person);
    }
}
