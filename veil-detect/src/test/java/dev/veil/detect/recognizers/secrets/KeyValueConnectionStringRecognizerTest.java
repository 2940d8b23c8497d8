package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyValueConnectionStringRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new KeyValueConnectionStringRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            "Server=tcp:db.local,1433;Database=app;User Id=sa;Password=Pq8w2Zx7;"       | Server=tcp:db.local,1433;Database=app;User Id=sa;Password=Pq8w2Zx7
            connect with Data Source=db01;Initial Catalog=hr;Uid=svc;Pwd=Hr4x9Lq2 today | Data Source=db01;Initial Catalog=hr;Uid=svc;Pwd=Hr4x9Lq2 today
            DefaultEndpointsProtocol=https;AccountName=acct1;AccountKey=q9Zx2Lp7Wm4Nc8Rb3Td6Yf1Hg5Jk0Sa==;EndpointSuffix=core.windows.net | DefaultEndpointsProtocol=https;AccountName=acct1;AccountKey=q9Zx2Lp7Wm4Nc8Rb3Td6Yf1Hg5Jk0Sa==;EndpointSuffix=core.windows.net
            Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Zx9q2Lp7Wm4Nc8Rb3Td6Yf1Hg5Jk0SaQe= | Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Zx9q2Lp7Wm4Nc8Rb3Td6Yf1Hg5Jk0SaQe=
            # a lone assignment or a placeholder is not a connection string
            password=Pq8w2Zx7                                                          |
            Server=db;User Id=sa;Password=${DB_PASS};                                  |
            dbpassword=Pq8w2Zx7;timeout=3                                              |
            """)
    void detects(String text, String expected) {
        SecretAssertions.assertSingle(ANALYZER, text, expected, EntityType.CONNECTION_STRING, "kv_connection_string");
    }
}
