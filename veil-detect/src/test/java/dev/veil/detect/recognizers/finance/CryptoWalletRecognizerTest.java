package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CryptoWalletRecognizerTest {
    private static final RecognizerAssert WALLET = new RecognizerAssert(new CryptoWalletRecognizer(),
            EntityType.CRYPTO_WALLET);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            send to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT now                          | 1BoatSLRHtKNngkdXEeobR76b53LETtpyT
            P2SH 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy                                 | 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy
            segwit bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq     | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
            BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ upper      | BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ
            ETH 0x52908400098527886E0F7030069857D2E4169EE7        | 0x52908400098527886E0F7030069857D2E4169EE7
            base58 checksum wrong 1BoatSLRHtKNngkdXEeobR76b53LETtpyU                |
            bech32 checksum wrong bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr       |
            v0 with bech32m checksum bc1qqqqsyqcyq5rqwzqfpg9scrgwpugpzysnqslask    |
            mixed case bc1qAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq                  |
            41 hex digits 0x52908400098527886E0F7030069857D2E4169EE71               |
            """)
    void detects(String text, String expected) {
        WALLET.finds(text, expected);
    }

    @Test
    void taprootUsesBech32m() {
        String taproot = "bc1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0sg5tmnz";
        WALLET.finds("taproot " + taproot + " paid", taproot);
    }
}
