package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedicalRecordNumberRecognizerTest {
    private static final RecognizerAssert MRN = new RecognizerAssert(new MedicalRecordNumberRecognizer(),
            EntityType.MEDICAL_RECORD_NUMBER);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Patient Robert Johnson (MRN 00451233, age 67)  | 00451233
            medical record no. A1234567                    | A1234567
            Pt Frank Willms (31202699), Discussed with RN  | 31202699
            Patient Magen Smith (HB5169322), states        | HB5169322
            MR# 123-45-67                                  | 123-45-67
            chart # 7788123 reviewed                       | 7788123
            my MRN is 5566778                              | 5566778
            no cue 00451233                                |
            per chart 12/3                                 |
            charted at 1400                                |
            MRN too short 1234                             |
            chart 2024-05-01 reviewed                      |
            MRN too many letters ABCDE1234                 |
            MRN: 4481923                                   | 4481923
            pt's unit # 3847261 confirmed w/ admitting     | 3847261
            transfer to unit 5 in am                       |
            Accession #: RX-2210938                        |
            Case #: SP-19-22813     Date                   |
            Pt Ana Ruiz (6175550123) called                |
            She paid (12345678) in full                    |
            Pt Ana Ruiz Said Something Else Here (1234567) |
            Pt: Amara Osei 88210457 ph 857-555-0121        | 88210457
            pt: gomes, antonio / 0048817 / holyoke         | 0048817
            Pt John Smith 2 tabs given 100000 units        |
            Pt Ana Ruiz 6175550123 called                  |
            Pt Ana Ruiz paid 12345678                      |
            """)
    void detects(String text, String expected) {
        MRN.finds(text, expected);
    }
}
