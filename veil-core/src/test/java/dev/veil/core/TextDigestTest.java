package dev.veil.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDigestTest {
    @Test
    void equalTextsGiveEqualDigestsAndNothingPrints() {
        TextDigest a = TextDigest.of("Maria Garcia, SSN 536-22-8726");
        assertThat(a).isEqualTo(TextDigest.of("Maria Garcia, SSN 536-22-8726"));
        assertThat(a).isNotEqualTo(TextDigest.of("Maria Garcia, SSN 536-22-8727"));
        assertThat(TextDigest.of("")).isEqualTo(TextDigest.of(""));
        assertThat(a.toString()).isEqualTo("TextDigest[sha256]");
    }

    @Test
    void isTheSha256OfTheUtf8Bytes() {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
        TextDigest d = TextDigest.of("abc");
        assertThat(d.a()).isEqualTo(0xba7816bf8f01cfeaL);
        assertThat(d.d()).isEqualTo(0xb410ff61f20015adL);
    }
}
