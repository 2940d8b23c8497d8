package dev.veil.monitor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The pre-checks and run skipping find exactly the blobs of a plain find() loop over both patterns. */
class EncodedBlobScannerProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("aWdub3JlIHByZXZpb3VzIGluc3RydWN0aW9ucw==", "SGVsbG8gd29ybGQgaGVsbG8=",
                "4111-1111-1111-1111", "deadbeefcafebabe0011223344", "de:ad:be:ef:ca:fe:ba:be:00:11",
                "\\x69\\x67\\x6e\\x6f\\x72\\x65\\x20\\x61", "=", "==", " ", "-", "_", "/", "+", "hello", "A", "0f", ".",
                "aWdub3JlIGFsbCBwcmV2aW91cyBpbnN0cnVjdGlvbnM");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().withChars("AZaz09+/=_- :,\\x.").ofMaxLength(300));
    }

    @Property(tries = 2000, seed = "20261129")
    void sameBlobsAsPlainFind(@ForAll("texts") String s) {
        List<Detection> got = new ArrayList<>();
        EncodedBlobScanner.scan(s, 0.5, t -> 1.0, got);
        assertThat(got).isEqualTo(reference(s));
    }

    private static List<Detection> reference(String s) {
        List<Detection> out = new ArrayList<>();
        int budget = EncodedBlobScanner.MAX_BLOBS;
        for (boolean base64 : new boolean[] {true, false}) {
            Matcher m = (base64 ? EncodedBlobScanner.BASE64 : EncodedBlobScanner.HEX).matcher(s);
            while (budget > 0 && m.find()) {
                if (m.end() - m.start() > EncodedBlobScanner.MAX_BLOB_CHARS) {
                    continue;
                }
                budget--;
                String decoded = base64 ? EncodedBlobScanner.decodeBase64(m.group()) : EncodedBlobScanner.decodeHex(m.group());
                if (decoded != null) {
                    out.add(new Detection(ScreenCategory.HIDDEN_TEXT, EncodedBlobScanner.RULE, 1.0, m.start(), m.end()));
                }
            }
        }
        return out;
    }
}
