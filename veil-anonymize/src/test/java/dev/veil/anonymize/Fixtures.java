package dev.veil.anonymize;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import dev.veil.core.Scope;
import dev.veil.vault.RevealCapability;
import dev.veil.vault.TokenVault;
import dev.veil.vault.Vaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Shared test helpers: in-memory vault, fresh keys, findings located by substring. */
final class Fixtures {
    static final Scope SCOPE = Scope.of("acme", "conv-1");
    static final RevealCapability REVEAL = RevealCapability.grant("test", "unit test");

    private Fixtures() {
    }

    static TokenVault vault() {
        return Vaults.ephemeral().open();
    }

    /** An anonymizer applying {@code op} to every type. */
    static Anonymizer anonymizer(OperatorConfig op, TokenVault vault, OperatorKeys keys) {
        return Anonymizer.builder(Policy.of("test", Preset.ALL, false, Rule.of(op), Map.of()))
                .vault(vault).keys(keys).random(new SplittableRandom(7)).build();
    }

    /** An anonymizer with a type-specific rule (for generalize, date_shift, FF1). */
    static Anonymizer anonymizer(EntityType type, OperatorConfig op, TokenVault vault, OperatorKeys keys) {
        return Anonymizer.builder(Policy.of("test", Preset.ALL, false, Rule.of(new OperatorConfig.Replace(null)),
                        Map.of(type, Rule.of(op))))
                .vault(vault).keys(keys).random(new SplittableRandom(7)).build();
    }

    /** Findings for each {@code (type, value)} pair at its first occurrence after the previous one. */
    static List<Finding> find(String text, Object... typeValuePairs) {
        List<Finding> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeValuePairs.length; i += 2) {
            EntityType t = (EntityType) typeValuePairs[i];
            String v = (String) typeValuePairs[i + 1];
            int at = text.indexOf(v, from);
            if (at < 0) {
                throw new IllegalArgumentException("fixture value not in text");
            }
            out.add(new Finding(t, at, at + v.length(), 0.9, "test"));
            from = at + v.length();
        }
        return out;
    }

    /** Applies {@code op} to a single value of {@code type} and returns the replacement. */
    static String apply(OperatorConfig op, EntityType type, String value) {
        try (TokenVault v = vault()) {
            return anonymizer(type, op, v, OperatorKeys.generate())
                    .anonymize(value, List.of(new Finding(type, 0, value.length(), 1.0, "test")), SCOPE).text();
        }
    }
}
