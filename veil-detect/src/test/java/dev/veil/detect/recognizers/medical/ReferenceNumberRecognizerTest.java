package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceNumberRecognizerTest {
    private static final RecognizerAssert REF = new RecognizerAssert(new ReferenceNumberRecognizer(),
            EntityType.REFERENCE_NUMBER);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Accession #: RX-2210938                        | RX-2210938
            ACCESSION: CT-00991235    DATE                 | CT-00991235
            Accession: S21-40872                           | S21-40872
            envelope # V-114560: gold chain                | V-114560
            metoprolol (Rx# 6120448), lisinopril           | 6120448
            Family Court, docket # SU94P0882GD. Counsel    | SU94P0882GD
            LVAD placed, pump ID HM3-1188042. speed 5400   | HM3-1188042
            deceased donor, donor ID BHX-4471. wife        | BHX-4471
            Pt: Alvarez-Ruiz, Marisol   Acc# 8812045        | 8812045
            Pt: Herrera, Luz  Acc# XR20-558712             | XR20-558712
            Case #: SP-19-22813     Date                   | SP-19-22813
            Acct #: A0099182273                            | A0099182273
            Accession: C23-1187     Patient                | C23-1187
            Acct #: 0099182273                             |
            case # 12345 of the study                      |
            accession of the throne in 1952                |
            case #2 of 4                                   |
            Claim Number: WC-23-0081144                    | WC-23-0081144
            Claim/Reference Number: UHC-AP-77120985        | UHC-AP-77120985
            rides; confirmation RTR-88120455.              | RTR-88120455
            Episode ID: BH-77213-02                        | BH-77213-02
            Agency ID: VNA-338120                          | VNA-338120
            Appeal Number: APL-3390215                     | APL-3390215
            Surgical Pathology #: SP-23-118420             | SP-23-118420
            Account: PPT-22817                             | PPT-22817
            Group: GRP-100442                              | GRP-100442
            VISIT #: E0449182                              | E0449182
            Consult Case: HC24-00513                       | HC24-00513
            Group: 4                                       |
            claim denied on 03/14/2023                     |
            INCIDENT #2093-0415-0077                       | 2093-0415-0077
            Rx # RX-7729104                                | RX-7729104
            pending, ref BC77120934. Family aware.         | BC77120934
            Applied 3/1, app # MH-2093-00441872.           | MH-2093-00441872
            ref 2019 values for K                          |
            IT ticket INC0448120 opened                    |
            reference 12/3 noted                           |
            Encounter: 2 visits                            |
            ID 12345678 on file                            |
            the report 1234 pages                          | 1234
            TD: 03/18/2094 11:02 A\\nJob #: 55180           | 55180
            MRN: M-00394471   Enc: E91022318   DOB         | E91022318
            MRN UN4402718 / visit V0031829745.             | V0031829745
            ride confirmed; conf# LC7718345.               | LC7718345
            Study #: PSG-91-0612                           | PSG-91-0612
            intake # APS-2091-04417, worker L. Mancuso     | APS-2091-04417
            a second visit 3 weeks later                   |
            Auth submitted 3/21, ref # AUTH-55820193.      | AUTH-55820193
            MRN: 0049217730    CSN: 781123409              | 781123409
            Employee ID: EB-339021                         | EB-339021
            mesh lot # 4H7729K.                            | 4H7729K
            Reference number ORD-9151615638 for your order |
            job 2 of 3                                     |
            """)
    void detects(String text, String expected) {
        REF.finds(text.replace("\\n", "\n"), expected);
    }
}
