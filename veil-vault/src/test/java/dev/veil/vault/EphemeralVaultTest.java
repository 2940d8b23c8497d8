package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class EphemeralVaultTest extends TokenVaultContract {

    @Override
    TokenVault create(TokenFactory factory, RetentionPolicy retention, Clock clock) {
        return Vaults.ephemeral().tokenFactory(factory).retention(retention).clock(clock).open();
    }

    @Test
    void hasNoKeysToRotate() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(EntityType.PERSON, "Maria Garcia")));
        assertThat(v.rotateKeys()).isZero();
    }
}
