package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Span rules of medical text: eponyms, credentials, facilities, titles and roles ({@link ClinicalSpans}). */
class ClinicalSpansTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;
    /** Enough bedside shorthand to make a text a clinical note. */
    private static final String NOTE = "Pt NPO, HR 80s, SBP 110s, afeb. ";

    /**
     * Each row: where the text goes ("note": after {@link #NOTE}; "lnote": after it in lower case;
     * "-": alone), the text, and the findings expected.
     */
    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a note in capitals: ordinary words, directions and abbreviations are no names; a titled surname stays
            -    | NEURO: A+OX3, MAE. CV: SR 80S, RARE PVC. RESP: LS CLEAR UPPER, CRACKLES BASES. GU: FOLEY. SEE FLOWSHEET. DR YOUNG AWARE. INTERPRETER SVC CALLED. | PERSON:YOUNG
            # clinical words no list holds; a brother and a social worker named in lower case
            note | Microalbuminuria: on ACE. Gout. Pap due. Menses irregular.        | -
            lnote | pt's sister frances & bro frank in tonight.                     | PERSON:frances, PERSON:frank
            # eponyms: a name before a medical noun, in any text
            -    | She has Parkinson's disease and a history of Crohn's disease.       | -
            -    | Referred for a Whipple procedure; Bell's palsy resolved.            | -
            -    | The San Francisco Syncope Rule was negative.                       | -
            note | s/p Whipple, Swan-Ganz removed, Hoehn and Yahr stage 2.             | -
            note | Foley d/c'd, Hodgkin lymphoma in remission.                         | -
            note | Tinetti 17/28. Schatzki ring noted. L leg in Buck's traction.        | -
            note | Westley croup score 3. Roho mattress. Duonebs q4h. Rinne positive.  | -
            # clinical vocabulary that no list holds, capitalised at the start of a sentence
            note | Creatinine peaked at 2.1. Orthopneic, HOB 45. Bedbound, nonverbal. | -
            note | Dr. Berg called about the Berg Balance Scale.                      | PERSON:Berg
            # credentials in the list after a name are no entities; a state after a town stays
            note | Holly Brandt, MS, RD, LDN paged. Quincy Darden, PharmD, aware.      | PERSON:Holly Brandt, PERSON:Quincy Darden
            note | Pt from Lowell, MA. Seen by Constance Abiodun, DO.                  | LOCATION:Lowell, LOCATION:MA, PERSON:Constance Abiodun
            # a drug is no name, also after a role word or with a second word
            note | 1:1 SITTER. SEROQUEL 25 PO GIVEN. Trelegy Ellipta daily, Bactrim DS bid. | -
            # a bacterium's genus, a field label, a lone ordinary word; an institution after "at" stays
            note | Cx grew E. coli and B. fragilis. Fosamax weekly.                   | -
            -    | Echo, pt meds, pcp aware.\\nAtria: mild LA enlargement.\\nSarah: thanks | PERSON:Sarah
            note | Pt is a professor at Northeastern. INR drawn at Quest.             | LOCATION:Northeastern, LOCATION:Quest
            # a given name in lower case after a family word, before a word of visiting, in mixed-case text
            note | Sister rose visiting today. Son mark called.                       | PERSON:rose, PERSON:mark
            note | Wife will call in am. Husband may visit. Wife very upset.          | -
            # levels of assistance are no names; a relative word before a name is no part of it
            note | Mod A UB dressing, Max A LB dressing, Min assist grooming. Barthel 35. | -
            note | Father Luis present. Father works at a bakery. Son Max visited.    | PERSON:Luis, PERSON:Max
            # a surname that is also a word joins the name before a credential; vaccines and lab abbreviations
            -    | PRIMARY CARE: Lucinda Grey, DO, Eastside Community Health Center  | PERSON:Lucinda Grey, LOCATION:Eastside Community Health Center
            note | Vaccines given: Pentacel #2, Prevnar 20 #2, RotaTeq #2. Hb 11.1, Zn 62.  | -
            # a name keeps to its line
            -    | PCP: Linda Tran, MD\\n\\nHOSPITAL COURSE:\\nMrs. Whitaker is 82.   | PERSON:Linda Tran, PERSON:Whitaker
            # ... but a clinician or relative with an eponym's name is a person
            note | Seen by Dr. Foley; Allen, MD aware.                                  | PERSON:Foley, PERSON:Allen
            -    | Mr. Parkinson called the office.                                    | PERSON:Mr. Parkinson
            # dotted credentials are no names
            -    | Attending: Siobhan Gallagher, M.D.\\nMRN: 4481923                   | PERSON:Siobhan Gallagher
            # classifications ending in a Roman numeral, titles and specialties in notes
            note | CHF, NYHA III, Hinchey III diverticulitis, Garden IV fracture.      | -
            note | Service: MEDICINE. Cardiologist aware.                              | -
            # roles and honorifics before a name are trimmed in notes (the de-identification convention)
            note | Updated by Dr. Hsu and RN Joy, Mrs. Pina at bedside.               | PERSON:Hsu, PERSON:Joy, PERSON:Pina
            note | Family meeting with Dr. Hall and SW Lane.                           | PERSON:Hall, PERSON:Lane
            # a facility word after a name makes it the facility
            note | Family touring John Adams Nursing Home, then Barbara McInnis House. | LOCATION:John Adams Nursing Home, LOCATION:Barbara McInnis House
            # a given name after "in" (or "in from") is a town in a note; not after "call from"
            note | Lives alone in Quincy; brother in from Fall River.                  | LOCATION:Quincy, LOCATION:Fall River
            note | Got a call from Mary about the meds.                                | PERSON:Mary
            # lower-case prose with a few abbreviations in capitals: a relative's given name in lower case
            -    | c/o 3/10 HA, tylenol given. pts sister hope at bedside, husband rich works nights. | PERSON:hope, PERSON:rich
            # a person field's value is one person, surname first or not; "Hospital Course:" is a header
            -    | Pt: Frank Hall    Age 47    MRN: 3098822                      | PERSON:Frank Hall
            -    | Patient: Tran, Hieu   MRN: 2214706\\nAssistant: Hope Lane, MD   | PERSON:Tran, Hieu, PERSON:Hope Lane
            -    | Attending: Siobhan Gallagher, M.D.\\nPt: Alert and oriented    | PERSON:Siobhan Gallagher
            note | Attendees: son-in-law Paul.\\n\\nHospital Course:\\nCHF, diuresed. | PERSON:Paul
            # bedside words alone or with ordinary words are no entity in a note; a given name among them is
            note | Wt 72 kg. Dilt gtt off. Stat CT neg. ASTERIXIS PRESENT. SMALL AMT.  | -
            note | Son Max visited; max HR 110.                                        | PERSON:Max
            note | Ambulated with walker; Rh negative; MassHealth application sent.    | -
            # a preposition opens no name; a surname after a given name in capitals stays
            note | PT MOVING TO LIVE W/ SISTER IN HOLYOKE.                            | LOCATION:HOLYOKE
            # a relative or role before a bracketed name
            lnote | mom (tiffany) in at 1700.                                         | PERSON:tiffany
            note | SITTER (DAVID) AT BEDSIDE.                                         | PERSON:DAVID
            # a record header opening with "Surname, Given"; field values with a common word beside a given name
            -    | Shapiro, Eli  age 41  MRN 4429006                                | PERSON:Shapiro, Eli
            -    | Re: Golden, Arthur   DOB 08/19/2046\\ncc: Lynne Marsh             | PERSON:Golden, Arthur, PERSON:Lynne Marsh
            # vocabulary endings in notes ("Noncontributory", "Tiotropium"); a place word inside a facility's name
            note | Family History:\\nNoncontributory.\\nMeds: Tiotropium daily.      | -
            note | Admitted from Maple Grove Nursing Home yesterday.                 | LOCATION:Maple Grove Nursing Home
            # a short note counts as clinical with two abbreviations: its employer is a place (deid convention)
            -    | pt s/p cath to rca. pt from andover, retired engineer from raytheon. | LOCATION:andover, LOCATION:raytheon
            -    | BP 110s/60s.\\nFamily: Rafin Brastein (wife) visited.            | PERSON:Rafin Brastein
            # a medical letter or report counts as clinical by its vocabulary; a facility named after a person
            -    | Patient seen for pneumonia; labs and MRI reviewed, medications adjusted. Follow up at Mass General. | LOCATION:Mass General
            note | Transferred from Dr John Warner Hospital.                         | LOCATION:Dr John Warner Hospital
            # a given name that is also a modal, after a relative, with no verb after it; a surname after a role
            lnote | daughter may stayed overnight, brother will in to visit, wife will call. | PERSON:may, PERSON:will
            note | SW Price aware, will f/u in AM. Height: 162 cm  Weight: 71 kg.     | PERSON:Price
            -    | HCT 33.2. REPORT TO DENISE RN. PT STABLE, NPO, AFEB.              | PERSON:DENISE
            # plural abbreviations, a facility word alone, a two-word criterion or grade in a note
            note | Hold AEDs, avoid NSAIDs. Hospital course stable. Beers Criteria reviewed, Nottingham grade 2. | -
            # nicknames in quotes, names after roles and in-laws, a modal-like name in capitals
            -    | FRIEND "SMITTY" CAME W/ PT TO ED. PT GOES BY "BUD". NPO, AFEB, HR 80S. | PERSON:SMITTY, PERSON:BUD
            -    | PT STATES HIS NAME IS "BIG AL". NPO, AFEB, HR 80S.                | PERSON:BIG AL
            note | Social: pt says nephew "TJ" will come. AA sponsor "Big Mike" visited. Mother "upset". | PERSON:TJ, PERSON:Big Mike
            -    | PT LIVES W/ NIECE MAY. SON IN LAW WILL. NPO, HR 80S, AFEB.       | PERSON:MAY, PERSON:WILL
            note | RT Kim at bedside. CM Joy faxed referral. Ht 162 cm  Weight: 71 kg | PERSON:Kim, PERSON:Joy
            note | FRIEND STATES PT WAS LIVING IN HIS CAR.                          | -
            # a named practice ends in a practice word; a field of medicine or an ordinary word is no name
            note | PCP at Pocono Internal Medicine, seen in Anticoagulation Clinic.  | LOCATION:Pocono Internal Medicine
            # a doctor's title before a name that is a word, in capitals or lower case; a modal-like name before a verb
            -    | PLAN: WASHOUT W/ DR MAY. NPO, HR 80S, AFEB.                       | PERSON:MAY
            lnote | surgery (dr rich) aware. dad will works nights, wife may accompanied pt. | PERSON:rich, PERSON:will, PERSON:may
            note | WIFE MARIA AND DAUGHTERS FERNANDA AT BEDSIDE. Rabbi from temple emanuel visited. | PERSON:MARIA, PERSON:FERNANDA, LOCATION:temple emanuel
            # an employer named after a work verb is a place in a clinical note (deid convention); not "a bakery"
            note | Pt works for Fidelity downtown. Son works at Stop & Shop, wife at a bakery. | LOCATION:Fidelity, LOCATION:Stop & Shop
            # ", pt" in a note is the patient, not a physical therapist's credential
            lnote | son stationed in germany, pt asks that he be called.              | LOCATION:germany
            # diagnoses, anatomy and tests in title case; "Arthritis Center" is a place (MedicalTerms)
            note | Findings suggestive of Multiple Sclerosis. Possible Right Optic Neuritis. | -
            note | Occlusion of the Right Coronary Artery. Transthoracic Echocardiogram today. | -
            note | Seen at the Arthritis Center of Lowell for her Rheumatoid Arthritis. | LOCATION:Arthritis Center of Lowell
            note | Seen in the Emergency Department, then by Internal Medicine and Hand Surgery. | -
            note | Continue Albuterol (ProAir HFA) 90 mcg prn; consider Midodrine (ProAmatine). | -
            note | Right Lower Lobe pneumonia, Urinary Tract Infection, Major Depression. | -
            note | Works as a hygienist at Bright Smile Dental. Discharged to Lakeshore Rehabilitation and Nursing. | LOCATION:Bright Smile Dental, LOCATION:Lakeshore Rehabilitation and Nursing
            # a word before a measurement, a dose or a generic name; a unit after a number; a cut word
            note | Creat 1.4 (up from 1.1). Feosol 325 mg daily. Alimta (pemetrexed) q3wk. | -
            note | MCV 71 fL, TSH 0.01 mIU/L. HbA1c 8.4%.                            | -
            # a hyphenated given name with its second syllable in lower case (HyphenatedNames)
            note | Pathologist: Jae-won Park, MD. Called Dr. Mei-ling Chen re: results. | PERSON:Jae-won Park, PERSON:Mei-ling Chen
            # a nursing credential after a name makes it a person's
            note | Lactation support from Mahina, IBCLC, today.                        | PERSON:Mahina
            # a state code alone after "from" at the end of a clause; a town after "from" ending a clause
            note | Son coming in tomorrow from NH. Pt is a student from Worcester.   | LOCATION:NH, LOCATION:Worcester
            # a word before a role and a name qualifies the role; an abbreviation in capitals before a measure
            note | Floor RN Tamika gave report.                                      | PERSON:Tamika
            -    | SWAN-GANZ IN PLACE, PAP 40/22, PCWP 18. PT NPO, HR 80S, AFEB.      | -
            -    | FOUND BY ROOMMATE AT APT ON COMMONWEALTH AVE. PT NPO, HR 80S, AFEB. | LOCATION:COMMONWEALTH AVE
            # a given name before a nurse's credential; a name after a role in a lower-case note; "AND" in capitals
            -    | PT TO FLOOR TODAY. ENDORSED TO SANDY RN. NPO, HR 80S, AFEB.        | PERSON:SANDY
            lnote | albuterol 6 puffs given, rt joe will follow.                    | PERSON:joe
            -    | FAMILY MEETING W/ WIFE LORRAINE AND SONS. PT NPO, HR 80S, AFEB.    | PERSON:LORRAINE
            lnote | tolerated po challenge. long day for pt, sleeping now.          | -
            # a numbered road; a representative's name; a funeral home
            -    | RECEIVED FROM ED AT 2100, S/P MVC ON ROUTE 128. NPO, HR 80S, AFEB. | LOCATION:ROUTE 128
            -    | ORGAN BANK REP CAROL IN TO SPEAK W/ FAMILY. PT NPO, HR 80S, AFEB. | PERSON:CAROL
            note | Family declined autopsy. Body to Keohane Funeral Home.            | LOCATION:Keohane Funeral Home
            # a lone given name read as a place is a person; a hospital's initials after a move; a site by its town
            note | Ambulated x1 w/ assist of Frank (PT). Pt to be transferred to NEBH for rehab. | PERSON:Frank, LOCATION:NEBH
            note | Placement at Kindred Waltham. Lives in Sharon with wife.           | LOCATION:Kindred Waltham, LOCATION:Sharon
            # letters joined by "&"; a finding after a system heading; a town in a lower-case note; "City, ST" before a verb
            note | Neck dsg D&I. NPO pending S&S eval.\\nGU: Oliguric, 10-20cc/hr.    | -
            lnote | pt from fall river, portuguese speaking, interpreter called.    | LOCATION:fall river
            note | Daughter April from Nashua, NH updated by phone.                | PERSON:April, LOCATION:Nashua, LOCATION:NH
            # a letterhead naming the institution; a report's title is none (Letterheads)
            -    | Sutter Pathology Laboratory\\nSURGICAL PATHOLOGY REPORT\\nGross: tan tissue, biopsy of mass; Pt NPO, HR 80s. | LOCATION:Sutter Pathology Laboratory
            -    | INFECTIOUS DISEASE CLINIC\\nFenway Community Health\\nPt NPO, HR 80s, afeb; biopsy and CXR reviewed. | LOCATION:Fenway Community Health
            # a street without a number after "on"/"off"; "St." before a name is Saint (StreetNames)
            note | Roommate found pt at apt on Commonwealth Ave. Lives off Elm Street. | LOCATION:Commonwealth Ave, LOCATION:Elm Street
            # a ward named by a building or a direction and a floor after a word of place (Wards); not a dose, room or time
            note | Transferred to Farr 10 at 1500. Arrived on 7 Feld from the MICU. | LOCATION:Farr 10, LOCATION:7 Feld
            note | Report called to Darlene RN on Blake 7.\\nCo-signed M. Oduya RN, charge, Baker 5 | PERSON:Darlene, LOCATION:Blake 7, PERSON:M. Oduya, LOCATION:Baker 5
            note | Received from 5 West s/p rapid response. Moved to Room 12 at 7 pm. | LOCATION:5 West
            # a ward before a kind of unit, or after a "To:" field
            -    | ICU Nursing Note - Lunder 6 Neuro ICU\\nPt: NPO, afeb.          | LOCATION:Lunder 6
            note | Transfer note\\nTo: Wang 4 from Blake 12 MICU                  | LOCATION:Wang 4, LOCATION:Blake 12
            # a lab before its value, cancer written "CA" after a word that is no town; a state after a town stays
            note | Labs: Na 134, K 3.6, glucose 188, Ca 8.4, AST 188.             | -
            note | IMP: SUSPICIOUS FOR PRIMARY LUNG CA, STAGE 2. LIVES IN FRESNO CA 93701. | LOCATION:FRESNO CA
            # a given name in lower case after a relative, before "at" ("son tom at bedside"); not a modal
            note | wife bernadette and son tom at bedside. Son may at times visit.  | PERSON:bernadette, PERSON:tom
            # a given name alone on the last line after dashes signs the note; not a word after a dash inside a sentence
            note | plan: cont current.\\n-- Joy                                   | PERSON:Joy
            note | cont plan.\\n--rose                                           | PERSON:rose
            note | The plan is set - hope.                                        | -
            # the partner of a person across "and" or "/" is a person too, unless a comma makes it a list of names
            note | Family involved - daughters Gina and Teresa.                    | PERSON:Gina, PERSON:Teresa
            -    | Dest: Carney Hospital ED.\\nCrew: Rourke / Vasquez              | LOCATION:Carney Hospital ED, PERSON:Rourke, PERSON:Vasquez
            # shorthand after "re:", a language before "-speaking", a drug ordered in capitals, a drug or test by its ending
            note | Met w/ pt and husband Stan re: d/c planning.                     | PERSON:Stan
            note | Arabic-speaking, son Yousef translating.                         | PERSON:Yousef
            note | PLAN: D/C HOME VS REHAB. CONT PLAVIX/ASA.                        | -
            note | Tympanometry type B, Photophobic. Varenicline starter pack.      | -
            note | Started on Lasix 40 mg and Heparin 5 units, on Day 3 of abx.     | -
            lnote | pt transferred to farr 8 at 1400, report given.               | LOCATION:farr 8
            note | Requesting: Dr. Qureshi. MRN: 0091-44-217   Location: Ellison 8, bed 2 | PERSON:Qureshi, LOCATION:Ellison 8
            # a signature in lower case before a lower-case credential (CredentialTails)
            lnote | rtc 3 mo, labs before.\\nmk / m. kowalczyk md                 | PERSON:m. kowalczyk
            lnote | signed m patel md 10/02/93. ref to nutrition (becky rd).       | PERSON:m patel, PERSON:becky
            lnote | vit d 2000 iu daily, asa 81 mg, seen by pt and ot; dc to rehab. | -
            note | Ceftriaxone 1 g given. Admit to medicine, Farr 7.\\nTeresa Gould, MD | LOCATION:Farr 7, PERSON:Teresa Gould
            # a lower-case surname after "dr" in a mixed-case note (PersonCues); not "dr aware"
            -    | Pt works as a driver. C-collar in place. To be seen by dr nguyen. Dr aware, dr to see. | PERSON:nguyen
            # "Pt" makes a short note medical: an employer there is a place by the convention
            -    | Pt's wife works for Fidelity and requested a letter.          | LOCATION:Fidelity
            # a name before a care facility's word is the facility (Retypes)
            lnote | sister lupe will stay w him. f/u chelsea hc 3/3 w dr. hwang.  | PERSON:lupe, LOCATION:chelsea hc, PERSON:hwang
            note | F/u at Ward Memorial clinic in 2 wks; Dr. Carver clinic 4/10.   | LOCATION:Ward Memorial, PERSON:Carver
            # a nickname in quotes inside a name is part of it (Nicknames)
            note | Pt Margaret "Peggy" Lund (MRN 5512093), 96 yo F, admitted 1/26. | PERSON:Margaret "Peggy" Lund
            # the second of two names joined by "and", in capitals (PairedNames); a role and a verb trimmed
            -    | WIFE JOY, SONS DANNY AND PATRICK AT BEDSIDE. PT NPO, HR 80S, AFEB. | PERSON:JOY, PERSON:DANNY, PERSON:PATRICK
            -    | CASE MGR SANDY PAGED, WILL SEE IN AM. PT NPO, HR 80S, AFEB.        | PERSON:SANDY
            # an abbreviation without vowels, a list item's letter, a lower-case word in capitalised prose
            -    | FSBG 134, COVERED W/ 2U REG INSULIN. PT NPO, HR 80S, AFEB.         | -
            note | A. Thyroid, total thyroidectomy.\\nB. Lymph nodes, central compartment. | -
            note | He was sent home by his employer after a near-miss incident on the highway. | -
            note | Shave biopsy of right temple papule; 5 mm pearly papule on the nose. | -
            # ward shorthand typed in lower case is no name (IcuShorthand); the surname of a team member is
            lnote | cisatracurium gtt, tof 2/4. fent 200, versed 5. bis 40s. ecmo consult. vvi 50, uop 30/hr. | -
            lnote | plan: npo mn for ep study, ccy planned, thymo dose given. eeg on, tici 2b. | -
            lnote | pt seen by dr morse, will f/u in am.                 | PERSON:morse
            # a given name after a relative in a note in lower case, even one that is a word or a verb's form
            -    | gu: uop 20s, cr 3.1. given 5L.\\nsocial: mother faith called from fl, pls update her. | PERSON:faith
            lnote | son frank visiting from providence, daughter rose on phone from ireland. | PERSON:frank, LOCATION:providence, PERSON:rose, LOCATION:ireland
            # a surname before a role or a service in brackets (ServiceAfter); not a word or a drug
            lnote | team: okonkwo (fellow), hartigan (attending) aware. plan: rossi (hepatology) to see. | PERSON:okonkwo, PERSON:hartigan, PERSON:rossi
            lnote | abx per id, pain (ortho) following, tele (cards) ok, lasix (renal) held. | -
            # initials closing the note on a line of their own are its writer's, even letters that are shorthand
            -    | Plan: call out to floor.\\nep                  | PERSON:ep
            -    | Will transfer tmrw.\\n--sb                     | PERSON:sb
            -    | Early rehab at Cedar Hill Rehab.\\nMG           | LOCATION:Cedar Hill Rehab, PERSON:MG
            -    | HR 50s. Will cont to monitor. SB               | -
            -    | Total dose 140\\nMG                             | -
            """)
    void clinicalSpanRules(String note, String text, String expected) {
        String prefix = switch (note) {
            case "note" -> NOTE;
            case "lnote" -> NOTE.toLowerCase(java.util.Locale.ROOT);
            default -> "";
        };
        String t = prefix + text.replace("\\n", "\n");
        List<String> got = ANALYZER.analyze(t).stream().map(f -> f.type() + ":" + f.textIn(t)).toList();
        assertThat(got).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(",\\s*(?=[A-Z]+:)")));
    }
}
