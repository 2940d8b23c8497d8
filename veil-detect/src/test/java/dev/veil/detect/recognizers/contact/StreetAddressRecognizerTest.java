package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetAddressRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new StreetAddressRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            lives at 221B Baker Street with                         | 221B Baker Street
            1600 Amphitheatre Parkway, Mountain View, CA 94043      | 1600 Amphitheatre Parkway, Mountain View, CA 94043
            123 Main St. Apt. 4B\\nSpringfield, IL 62704\\nUSA      | 123 Main St. Apt. 4B\\nSpringfield, IL 62704\\nUSA
            350 5th Ave NW, Suite 200                               | 350 5th Ave NW, Suite 200
            1211 N Martin Luther King Jr Blvd is                    | 1211 N Martin Luther King Jr Blvd
            12 St. Mary's Road                                      | 12 St. Mary's Road
            12 rue de Rivoli, 75001 Paris                           | 12 rue de Rivoli, 75001 Paris
            Hauptstraße 5, 10115 Berlin                             | Hauptstraße 5, 10115 Berlin
            Frankfurter Allee 73 is                                 | Frankfurter Allee 73
            Via Roma 10 e                                           | Via Roma 10
            address confirmed 9 birch ln, gardner ma 01440. belongings | 9 birch ln, gardner ma 01440
            pt lives 14 ocean view dr, apt 1, old orchard beach me 04064. also | 14 ocean view dr, apt 1, old orchard beach me 04064
            mailing address as po box 1187, lowell ma 01853. has    | po box 1187, lowell ma 01853
            gave 5 mg iv, then 2 st, more                           |
            2 amps bicarb, 1 amp d50 x2 dr, then                    |
            adm via ED 9/5 w/ stroke                                |
            TF's Promote @ 70 via PEG, residuals low                |
            golytely 4L via NGT started at 2200                     |
            PT WITH 12 BEAT RUN OF VT AT 0415, ASYMPTOMATIC         |
            TPN @ 83cc/hr via PICC. bladder pressure 14. ERCP       |
            voiding via foley 50-100cc/hr. lasix given              |
            bell notified via pager 44913 at 0300                   |
            TRACH MASK 40% 6L. TOL WELL. SXN Q3H                    |
            SBP 100s. Attending Dr. Brown aware                     |
            RR 22. Attending Dr. Bell notified                      |
            UO 800CC IN 1 HR. DR. ROSE AT BEDSIDE                   |
            she lives at 12 oak drive, springfield                  | 12 oak drive
            oriented to self and place. Na 136 today                |
            lives at via roma 10 in rome                            | via roma 10
            P.O. Box 1234, Austin, TX 78701                         | P.O. Box 1234, Austin, TX 78701
            PSC 1234, Box 5678\\nAPO AE 09012                       | PSC 1234, Box 5678\\nAPO AE 09012
            USNS Ujváry\\nFPO AP 24796                              | USNS Ujváry\\nFPO AP 24796
            it's in 85 gimblett street today                        | 85 gimblett street
            12 Main Street, John said hello                         | 12 Main Street
            12 Main Street in Boston                                | 12 Main Street
            29034 Rhett Isle\\nHyattfurt, WY 61255                  | 29034 Rhett Isle\\nHyattfurt, WY 61255
            2915 Reilly Spurs, Beierbury, KY 96713                  | 2915 Reilly Spurs, Beierbury, KY 96713
            left at 0248 Felton Harbor instead                      | 0248 Felton Harbor
            791 Haag Mall, Harleyborough, GA 96952\\n\\nDear Ms. Noordhoek, | 791 Haag Mall, Harleyborough, GA 96952
            791 Haag Mall, Harleyborough\\nDear Ms. Noordhoek,      | 791 Haag Mall, Harleyborough
            I have 3 dogs in the street                             |
            we met 3 Run over coffee                                |
            walked 3 blocks down Main Street                        |
            take 2 tabs by mouth                                    |
            on 5 dr visits                                          |
            room 12 St is closed                                    |
            went for a 10 min walk today                            |
            Pt is a 61 y.o. man s.p. fall.                          |
            lives at 85 gimblett road now                           | 85 gimblett road
            """)
    void detects(String text, String expected) {
        String t = Spans.unescape(text);
        assertThat(Spans.texts(ANALYZER, t)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
