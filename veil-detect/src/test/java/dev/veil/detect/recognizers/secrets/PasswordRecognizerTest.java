package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new PasswordRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            # text                                              | expected value (empty = none)
            password=Tr0ub4dor&3x                               | Tr0ub4dor
            password = "S3cr3tPass!"                            | S3cr3tPass!
            {"pwd": "k9#Lm2xQ"}                                 | k9#Lm2xQ
            DB_PASSWORD: hX7qP2vL                               | hX7qP2vL
            export MYSQLPASS='Zq8vN3pL'                         | Zq8vN3pL
            spring.datasource.password=Wq7eR4tY                 | Wq7eR4tY
            PW:=FlUgeGeHeImEn01                                 | FlUgeGeHeImEn01
            userPass: Kd8sL2pQ                                  | Kd8sL2pQ
            mysql -u root --password=Rt5yU8iO                   | Rt5yU8iO
            sshpass --password Pz4xC7vB ssh host                | Pz4xC7vB
            Connect-Db -Password 'Lm3nB6vC'                     | Lm3nB6vC
            my password is hunter2                              | hunter2
            my password is iK3fS&S3y#tA lol pls reset           | iK3fS&S3y#tA
            Reset the password for kittie.herman to EiOm8#qemM. | EiOm8#qemM
            I changed my password to Tr0ub4dor&3 today          | Tr0ub4dor&3
            please send the password to John by mail            |
            The new password was Xy7!kq2p.                      | Xy7!kq2p
            %define PASSWORD "n84ASM54y4"                       | n84ASM54y4
            ALTER ROLE app WITH PASSWORD 'Qw3eR5tY';            | Qw3eR5tY
            CREATE USER bob IDENTIFIED BY 'Bb8nM2kL';           | Bb8nM2kL
            curl -u admin:Cu7rLp4w https://api.local            | Cu7rLp4w
            mysql -u root -pMy5qlPw9 db                         | My5qlPw9
            def connect(passwd: str = "cq2tPr1a2"):             | cq2tPr1a2
            <password>Xm4lPw8d</password>                       | Xm4lPw8d
            password: sunshine                                  | sunshine
            # placeholders, references, code, empties, non-password keys, prose
            password=                                           |
            password = "${DB_PASSWORD}"                         |
            password: <your-password>                           |
            password: ********                                  |
            password = os.environ.get("PASSWORD")               |
            password = self.password                            |
            PASSWORD=DB_PASSWORD_VALUE                          |
            password = "abc"                                    |
            password_id = 2938479                               |
            passengers: ["quickBrown", "lazyDog"]               |
            pwdump=n0NeKreD                                     |
            pass_mask32 = 0x31c45018                            |
            password = "0xAb19D82E7f546cC3"                     |
            the password is incorrect                           |
            your password is required to continue               |
            Password reset link sent                            |
            he passed the exam: score 93                        |
            mkdir -p build/output                               |
            """)
    void detects(String text, String expected) {
        SecretAssertions.assertSingle(ANALYZER, text, expected, EntityType.PASSWORD, "password");
    }
}
