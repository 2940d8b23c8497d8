package dev.veil.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretValueTest {
    @Test
    void neverPrints() {
        SecretValue v = SecretValue.of("hunter2");
        assertThat(v.toString()).doesNotContain("hunter2");
        assertThat(String.valueOf(v)).doesNotContain("hunter2");
        assertThat(v.reveal()).isEqualTo("hunter2");
        assertThat(v).isEqualTo(SecretValue.of("hunter2")).isNotEqualTo(SecretValue.of("hunter3"));
        SecretBytes b = SecretBytes.copyOf(new byte[] {1, 2, 3});
        assertThat(b.toString()).doesNotContain("1, 2");
        byte[] copy = b.reveal();
        copy[0] = 9;
        assertThat(b.reveal()[0]).isEqualTo((byte) 1);
        b.destroy();
        assertThat(b.reveal()).containsOnly(0);
    }

    @Test
    void findingValidatesSpans() {
        assertThatThrownBy(() -> new Finding(EntityType.PERSON, 3, 3, 0.5, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(EntityType.PERSON, 0, 3, 1.5, "x")).isInstanceOf(IllegalArgumentException.class);
        Finding f = new Finding(EntityType.PERSON, 0, 5, 0.9, "names");
        assertThat(f.textIn("Maria Garcia")).isEqualTo("Maria");
        assertThat(f.withScore(2.0).score()).isEqualTo(1.0);
    }

    @Test
    void scopeRejectsUnsafeIds() {
        assertThat(Scope.of("acme", "conv-1").key()).isEqualTo("acme/conv-1");
        assertThatThrownBy(() -> Scope.of("acme", "Maria Garcia")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Maria");
    }
}
