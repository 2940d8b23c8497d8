package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Town, ST" places ({@link CityStates}), companies that take part in care ({@link CareCompanies})
 * and named practices ({@link Practices}).
 */
class CompaniesAndStatesTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;
    /** Enough bedside shorthand to make a text a clinical note. */
    private static final String NOTE = "Pt NPO, HR 80s, SBP 110s, afeb. ";

    /** Each row: "note" (after {@link #NOTE}) or "-" (alone), the text, and the findings expected. */
    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a town before a comma and a state code: both are places, also a town that is a name
            note | Pt from Lowell, MA; wife plans home d/c.                             | LOCATION:Lowell, LOCATION:MA
            note | Lives with daughter in Chinle, AZ; no running water.                 | LOCATION:Chinle, LOCATION:AZ
            -    | Discharged to a nursing home (Chicago, IL)                           | LOCATION:Chicago, LOCATION:IL
            -    | FAMILY DRIVING UP FROM SALEM, NH.                                    | LOCATION:SALEM, LOCATION:NH
            # a code that is also a credential: a person, unless a place word or a ZIP says otherwise
            -    | Seen by Kenji Watanabe, MD, and Amy Lee, PA.                         | PERSON:Kenji Watanabe, PERSON:Amy Lee
            -    | She moved here last year from Bethesda, MD.                          | LOCATION:Bethesda, LOCATION:MD
            -    | Reply from Ngozi Nwosu, MD, on Monday:                               | PERSON:Ngozi Nwosu
            # a real town after a place and a comma; a town after "calling from"
            note | D/c to Westhill Nursing Center, Waltham: accepted.                  | LOCATION:Westhill Nursing Center, LOCATION:Waltham
            note | Son Marcus calling from Phoenix, will visit.                        | PERSON:Marcus, LOCATION:Phoenix
            note | Report called to Jeannette RN on their CCU. Flown in by Boston MedFlight. | PERSON:Jeannette, LOCATION:Boston MedFlight
            note | Pt is a mail carrier for USPS, wife works for the MBTA.             | LOCATION:USPS, LOCATION:MBTA
            note | Seen at Lahey Clinic, John Smith aware.                             | LOCATION:Lahey Clinic, PERSON:John Smith
            -    | HOSPICE VISIT\\nCompassus Hospice - Chattanooga\\nDeath pronounced per Tennessee RN protocol. | LOCATION:Compassus Hospice, LOCATION:Chattanooga, LOCATION:Tennessee
            # in capitals, a code that a word follows is a word ("OK", "OR")
            -    | SEEN BY DR LEE, OK TO EXTUBATE. SPOKE WITH JOHN, OR HIS WIFE.        | PERSON:DR LEE, PERSON:JOHN
            # companies in a note are places; elsewhere organizations
            note | meds from CVS. uses Apria for home O2. Medtronic rep in.             | LOCATION:CVS, LOCATION:Apria, LOCATION:Medtronic
            note | d/c to Kindred via ambulance. Joslin consult in am.                   | LOCATION:Kindred, LOCATION:Joslin
            note | Insurance: Humana Medicare Advantage.                                | LOCATION:Humana
            note | Auth (Tufts Health Plan) pending. Fills at Kroger Pharmacy.          | LOCATION:Tufts Health Plan, LOCATION:Kroger Pharmacy
            -    | We shopped at CVS and Walgreens, then Blue Cross Blue Shield called.  | ORGANIZATION:CVS, ORGANIZATION:Walgreens, ORGANIZATION:Blue Cross Blue Shield
            # a medical letter with too little shorthand for a bedside note: a company is still a place
            -    | Your patient's medications are filled at Walgreens.                  | LOCATION:Walgreens
            -    | Pt seen today; pt gets refills at Walgreens.                          | LOCATION:Walgreens
            # a dotted credential after a name makes it a person's
            -    | Sincerely, Rajesh Malhotra, M.D.                                      | PERSON:Rajesh Malhotra
            # not a company: a field label, a person with the company's name, the ordinary word
            note | CVS: S1 S2 heard. Dr. Joslin aware. Son John Spaulding visited.       | PERSON:Joslin, PERSON:John Spaulding
            -    | They were kindred spirits, said the walgreens clerk.                 | -
            # in a note written in lower case, a company's name is in lower case too (not a one-word ordinary word)
            -    | pt npo. referral sent to whittier rehab. ins: tufts health plan auth pending. | LOCATION:whittier rehab, LOCATION:tufts health plan
            # a practice with a medical head is a place in any text; other heads only in a note
            -    | To: Kenji Watanabe, MD, Pacific Crest Family Medicine                | PERSON:Kenji Watanabe, LOCATION:Pacific Crest Family Medicine
            -    | The referral to Pine Ridge Ophthalmology was sent. Summit Dermatology called. | LOCATION:Pine Ridge Ophthalmology, LOCATION:Summit Dermatology
            -    | Referral faxed to Cape Cod VNA. PT with Riverbend Physical Therapy, Old Colony Hospice aware. | LOCATION:Cape Cod VNA, LOCATION:Riverbend Physical Therapy, LOCATION:Old Colony Hospice
            -    | She tried massage therapy and cold therapy; speech therapy eval today.  | -
            -    | PLAN: DIURESIS, DAILY LYTES, GOALS OF CARE W/ SON. PT NPO, AFEB, SBP 110S.  | -
            -    | Please call Customer Care about the bill.                            | -
            -    | It later became Next Step Living, a company.                          | ORGANIZATION:Next Step Living
            note | D/c to Sunrise Gardens Assisted Living.                               | LOCATION:Sunrise Gardens Assisted Living
            # schools, churches, services a note names are places there
            note | Back to work with Fulton County Schools. She goes to Lincoln Elementary. | LOCATION:Fulton County Schools, LOCATION:Lincoln Elementary
            note | Firefighter w/ Boston Fire Dept. Attends Grace Episcopal Church.     | LOCATION:Boston Fire Dept, LOCATION:Grace Episcopal Church
            note | Sent to Radiology Department. Emergency Department aware.            | -
            # the value of a place field in a medical header; an employer a few words after a work verb
            note | Facility: Sunrise of Bethesda\\nEmployer: Norfolk Naval Shipyard\\nFacility: home | LOCATION:Sunrise of Bethesda, LOCATION:Norfolk Naval Shipyard
            note | Works as a line cook at Olive Garden. Works nights. Lives at home.   | LOCATION:Olive Garden
            note | Auto-PAP via DME Lincare, check in 30 days.                          | LOCATION:Lincare
            -    | Reading physician: Gideon Hall, MD, FASE. Biplane by Simpson's biplane. | PERSON:Gideon Hall
            -    | HOME VISIT\\nAgency: Partners in Care\\nEmployer: Acme Corp           | LOCATION:Partners in Care, ORGANIZATION:Acme Corp
            """)
    void placesAndCompanies(String note, String text, String expected) {
        String t = (note.equals("note") ? NOTE : "") + text.replace("\\n", "\n");
        List<String> got = ANALYZER.analyze(t).stream().map(f -> f.type() + ":" + f.textIn(t)).toList();
        assertThat(got).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(",\\s*(?=[A-Z]+:)")));
    }
}
