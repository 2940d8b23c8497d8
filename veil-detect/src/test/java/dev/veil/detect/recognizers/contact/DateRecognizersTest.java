package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three DATE recognizers together, as they run in the analyzer (same-type overlaps merge). */
class DateRecognizersTest {
    private static final Analyzer ANALYZER = Spans.only(new NumericDateRecognizer(), new WrittenDateRecognizer(),
            new YearRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            DOB: 03/14/1985                                         | 03/14/1985
            born 14.03.1985 in Munich                               | 14.03.1985
            seen 2024-02-11T10:30:00Z by                            | 2024-02-11T10:30:00Z
            at 2024-02-11 10:30 the                                 | 2024-02-11 10:30
            on 2/24/2101 at 9:05 pm.                                | 2/24/2101 at 9:05 pm
            admitted 10/12, extubated 10/14                         | 10/12 ; 10/14
            3/14/85 visit                                           | 3/14/85
            March 14th, 2023 was                                    | March 14th, 2023
            on 14 Mar 2023 we                                       | 14 Mar 2023
            the 14th of March, 2023                                 | 14th of March, 2023
            Monday, March 14, 2023 at 10:30 AM                      | Monday, March 14, 2023 at 10:30 AM
            since Jan 2020                                          | Jan 2020
            exp 14-MAR-2023                                         | 14-MAR-2023
            Mar. 5 follow-up                                        | Mar. 5
            born 1960 in Ohio                                       | 1960
            born in 1960                                            | 1960
            class of 1999                                           | 1999
            diabetic since 1998                                     | 1998
            dob 19850314                                            | 19850314
            PMH: CHF; s/p CABG 1989 at Mercy                        | 1989
            s/p PEG placement 2126 at Crowley                       | 2126
            // Copyright 1935 Wintheiser                            | 1935
            Labs 11/2: K 3.5                                        | 11/2
            pt to go home 7/4 w/ VNA                                | 7/4
            on 20. May 2024 we                                      | 20. May 2024
            Hct 20. May need PT consult                             |
            RR 12-20. on 2-4 L NC, x 2-3 days                       |
            NPN 3-11: uneventful. 11-7 shift quiet                  |
            ccu npn 2-14 nights                                     | 2-14
            s/p ERCP 2-6.                                           | 2-6
            TLC placed 2-8, site CDI                                | 2-8
            pt last dialyzed jan 3rd at outpt unit                  | jan 3rd
            you may 5 times a day                                   |
            s/p DES to the mid LAD in March '86 who returns         | March '86
            Last similar episode Feb '01.                           | Feb '01
            s/p fall\\n1500 ml in                                  |
            month 13/14/2020                                        |
            day 32: 01/32/2020                                      |
            leap 02/29/2021                                         |
            April 31, 2020                                          |
            pain 5/10 today                                         |
            c/o HA 6/10, tylenol given                              |
            INR low 2/2 nonadherence                                |
            seen on 2/2/2024 by PCP                                 | 2/2/2024
            Remains on PSV 10/5, FiO2 .40                           |
            Placed on CPAP/PSV 5/5 at 0615                          |
            pt adm 2/3 w/ urosepsis                                 | 2/3
            R CT placed 8/7 by surgery                              | 8/7
            seen in clinic on 4/10                                  | 4/10
            half 1/2 tab                                            |
            induction given 10/5, then prednisone                   | 10/5
            LAST DRINK PER GF WAS 3/2.                              | 3/2
            3/4 of the dose, 1/3 assist, 2/4 pulses                 |
            BP 120/80                                               |
            ip 10.1.2.3                                             |
            version 1.2.30                                          |
            a 2001 American film                                    |
            which later became Acme in 1965                         |
            pt had MI in 2015, stents                               | 2015
            hx breast ca dx 2089 s/p lumpectomy                     | 2089
            intubation 4/3-4/11, now on 3l nc                       | 4/3 ; 4/11
            Brief MICU stay 5/3-5/5 for BiPAP                       | 5/3 ; 5/5
            contrast load for CTA 4/2 and hypotension               | 4/2
            prior admits for dka (last 10/2006 at BMC)              | 10/2006
            died at home under hospice in 2002. She                 | 2002
            your account ending in 2004. Reference                  |
            dated 03/05 by the bank                                 | 03/05
            dose 1/2000 units                                       |
            strength 4/5-5/5 bilat                                  |
            s/p lumpectomy in 1987.                                 | 1987
            PMH: PUD (EGD 2097 at Faulkner)                         | 2097
            ICD placed 2096, CKD3                                   | 2096
            PT 1930 today, OOB                                      |
            gave 2000 mcg in 1500 ml                                |
            RT Note - Vent Weaning 05/19                            | 05/19
            since 1900 the patient slept                            |
            Plan: bedrest until 2000, then OOB to chair             |
            worked there until 1998, then retired                   | 1998
            served in Afghanistan from 2009 to 2011. Session 7      | 2009 ; 2011
            Triamcinolone 0.1% ointment, 2019 to 2022               | 2019 ; 2022
            slept from 2000 to 2030, then awake                     |
            Pulmonary Fibrosis in 2019 by surgical biopsy           | 2019
            PSA 9.6, rising from 6.2 in 2022. PI-RADS 4             | 2022
            4. Bell's palsy, left, 2079, resolved                   | 2079
            Pneumovax given 2091. Flu vaccine given today.          | 2091
            Two prior DKA admissions (2082, 2085). Depression.      | 2082 ; 2085
            Suite 2075, Boston; plt 2090.                           |
            Anticipate discharge 6/5 or 6/6 if bowel function       | 6/5 ; 6/6
            mild dementia (MoCA 20 in 2023).                        | 2023
            Pt admitted 12/99 for alcoholic hepatitis               | 12/99
            Pt s/p CABG 5/98, AVR 2001, now admitted for redo AVR   | 5/98 ; 2001
            Hx MI 5/98 s/p PTCA to RCA                              | 5/98
            1/50 dilution, BP 120/80                                |
            slept 2015-2330, woke at 0100                           |
            chart notes from 2019-2020 documenting                  | 2019 ; 2020
            her living will dated 2009. She is                      | 2009
            Compared with prior study of 2021, AS has progressed    | 2021
            PSH: Cholecystectomy (2009), C-section x2               | 2009
            COPD (FEV1 42% in 2022), HTN                            | 2022
            s/p IR drain 6/9 (Dr. Oduya). Improving.                | 6/9
            FAMILY MTG SET FOR 1/9 @ 1400 W/ MICU TEAM              | 1/9
            slept 2000-2300, woke at 0100                           |
            put out 2000 ml                                         |
            you may 5 times                                         |
            SNF in Danvers, bed available 6/3. Insurer              | 6/3
            tacro level due 2/13 am, cellcept                       | 2/13
            PPM SCHEDULED 4/2 AM. BP 140s                           | 4/2
            ep study sched 5/6 w/ dr lindgren.                      | 5/6
            last dose 3/12, vanco                                   | 3/12
            cisatracurium gtt, tof 2/4. fent 200                    |
            Waltham: accepted for 2/10                              | 2/10
            pending bed availability 1/9. PT recs SNF               | 1/9
            APPLICATION PENDING (SUBMITTED 5/2). SON                | 5/2
            Target d/c 8/5 pending nursing hours                    | 8/5
            PCP f/u with Dr. Iyer 10/3 11:00, cardiology            | 10/3 11:00
            Will follow up Friday 6/7.                              | 6/7
            surveillance - DLCO 88% (8/1). Repeat PFTs              | 8/1
            faxed to the SNF week of 6/3                            | 6/3
            cont tylenol prn. rtc 2/6 w/ dr young.                  | 2/6
            Follow-up: Dr. Carver clinic 4/10.                      | 4/10
            2/6 murmur at LUSB, clinic note reviewed                |
            rated pain 4/10 after PT                                |
            strength 5/5 throughout                                 |
            take 1/2 tab after meals                                |
            after 1/2 hour pain improved                            |
            repeat 1/2 NS bolus                                     |
            through 2/3 of the session                              |
            s/p fall with 2/2 pain                                  |
            harsh 3/6 systolic murmur                               |
            Friday 2/6 SEM at LUSB                                  |
            DP +2/4 pulses bilat                                    |
            remains on 1/1 sitter                                   |
            s/p VATS decortication 2/9, tubes out                   | 2/9
            coiled 3/6. Now post bleed day 7                        | 3/6
            murmur 3/6. Motor 4/5, took 1/2 tab.                    |
            CR:jz  D:2/11/93  T:2/12/93                             | 2/11/93 ; 2/12/93
            BP:120/80 Pain:3/10 Time:10:30                          |
            CPAP 5/5 overnight                                      |
            PS 10/5 after SBT                                       |
            BP 120/80 after fluids                                  |
            strength (4/5) in LLE                                   |
            half dose (1/2) given                                   |
            A&Ox3, I/O even                                         |
            their 50th anniversary is june 22. -chaplain            | june 22
            will march 5 miles                                      |
            it may 2 be                                             |
            March forward                                           |
            phone 650.555.0175                                      |
            aware. pt has not drunk since 2003.                     | 2003
            where her late husband was in '98.                      | '98
            moved to Fall River in 1989. Education                  | 1989
            dreamed of arriving in New York in 1947. Family         | 1947
            CARE HOSPITAL IN WORCESTER IN 2019. PT AGREEABLE        | 2019
            pt was on waitlist since 2022. Informed her             | 2022
            after hip fx 2021. Rec SNF                              | 2021
            R-hand dominant. Td last 2009. Exam: HR 110, BP 142     | 2009
            former smoker (40 pack-years, quit 2010) with           | 2010
            4. CAD s/p CABG (2012) - continue ASA                   | 2012
            hypothyroidism, remote GI bleed (2015) from             | 2015
            chemic change, unchanged from 2016.                     | 2016
            prior attempt (overdose) in 2019, hospitalized          | 2019
            stable housing in Lynn until summer 2021. Reports       | summer 2021
            chest pressure since spring 2016. Stress                | spring 2016
            twice monthly since late 2022. A Zio                    | late 2022
            sober since early 2019                                  | early 2019
            last drink mid-2018 per pt                              | mid-2018
            since 2000 the patient slept                            |
            slept well until 2100, no c/o                           |
            pt resting at 1900, VSS                                 |
            RN from 1900 to 2300 shift                              |
            heparin d/c'd at 1600 per MD                            |
            received in 2000 mL of NS                               |
            goal 2010 kcal per day                                  |
            output 1500 cc since 0700                               |
            NPO since 2000 for OR in am                             |
            last 2000 ml of TF                                      |
            pt quit 2000 mL early                                   |
            the film Titanic (1997) won                             |
            became Acme Corp in 1965.                               |
            the '90s were                                           |
            kcal (2000) goal                                        |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
