package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialUrlRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new CredentialUrlRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            DATABASE_URL=postgres://admin:S3cr3tPass!@10.20.30.40:5432/prod   | postgres://admin:S3cr3tPass!@10.20.30.40:5432/prod
            uri: "mongodb+srv://app:Zx9pQ2vL@cluster0.ab1cd.mongodb.net/db?retryWrites=true" | mongodb+srv://app:Zx9pQ2vL@cluster0.ab1cd.mongodb.net/db?retryWrites=true
            cache at redis://:Rt7uNm3q@cache.internal:6379/0.                   | redis://:Rt7uNm3q@cache.internal:6379/0
            jdbc:mysql://root:Mq7x2Lp9@db.local:3306/app                        | jdbc:mysql://root:Mq7x2Lp9@db.local:3306/app
            clone https://deploy:ghTok3nValue9@git.example.com/repo.git now     | https://deploy:ghTok3nValue9@git.example.com/repo.git
            amqp://guest:Gu3stPw7@rabbit:5672 (queue)                           | amqp://guest:Gu3stPw7@rabbit:5672
            DATABASE_URL=postgres://liweber:Spring1982?@db-prod.corp.example.com:5432/users | postgres://liweber:Spring1982?@db-prod.corp.example.com:5432/users
            url=redis://:Maple1970#@pg-prod.internal:6379/0                     | redis://:Maple1970#@pg-prod.internal:6379/0
            see http://host.local:8080?next=a@b.com                             |
            # no password, placeholders, no host
            postgres://admin@10.20.30.40:5432/prod                              |
            postgres://user:password@localhost/db                               |
            postgres://admin:${DB_PASSWORD}@db/prod                             |
            mysql://root:<password>@db/app                                      |
            mysql://root:****@db/app                                            |
            https://example.com/path?a=b:c@d                                    |
            mailto:someone@example.org                                          |
            """)
    void detects(String text, String expected) {
        SecretAssertions.assertSingle(ANALYZER, text, expected, EntityType.CONNECTION_STRING, "credential_url");
    }
}
