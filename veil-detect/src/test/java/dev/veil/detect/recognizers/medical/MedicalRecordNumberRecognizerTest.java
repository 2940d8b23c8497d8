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
            Accession #: RX-2210938                        | RX-2210938
            ACCESSION: CT-00991235    DATE                 | CT-00991235
            Accession: S21-40872                           | S21-40872
            Pt: Alvarez-Ruiz, Marisol   Acc# 8812045        | 8812045
            Pt: Herrera, Luz  Acc# XR20-558712             | XR20-558712
            Case #: SP-19-22813     Date                   | SP-19-22813
            Acct #: A0099182273                            | A0099182273
            Accession: C23-1187     Patient                | C23-1187
            Acct #: 0099182273                             |
            case # 12345 of the study                      |
            accession of the throne in 1952                |
            case #2 of 4                                   |
            Pt Ana Ruiz (6175550123) called                |
            She paid (12345678) in full                    |
            Pt Ana Ruiz Said Something Else Here (1234567) |
            """)
    void detects(String text, String expected) {
        MRN.finds(text, expected);
    }
}
