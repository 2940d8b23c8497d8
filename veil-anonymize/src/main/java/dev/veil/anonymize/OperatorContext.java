package dev.veil.anonymize;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.vault.TokenRequest;
import dev.veil.vault.TokenVault;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What a {@link ValueOperator} may use while anonymizing texts of one scope: the scope, the operator
 * keys, and the scope's date-shift offset. One context serves one anonymize call (one thread).
 */
final class OperatorContext {
    /** The vault entry that holds a scope's date-shift offset; never a document value. */
    static final String DATE_SHIFT_MARKER = "veil:date-shift-offset:";
    static final String DATE_SHIFT_TOKEN_PREFIX = "veil:date-shift:";

    private final Scope scope;
    private final OperatorKeys keys;
    private final TokenVault vault;
    private final RandomGenerator random;
    private final Map<Integer, Integer> offsets = new HashMap<>(2);

    OperatorContext(Scope scope, OperatorKeys keys, TokenVault vault, RandomGenerator random) {
        this.scope = scope;
        this.keys = keys;
        this.vault = vault;
        this.random = random;
    }

    Scope scope() {
        return scope;
    }

    OperatorKeys keys() {
        return keys;
    }

    /**
     * The scope's date shift in days for a given range, drawn once (randomly, never 0) and stored
     * in the vault, so every run and every replica shifts the scope's dates alike.
     */
    int dateShiftDays(int maxDays) {
        return offsets.computeIfAbsent(maxDays, m -> {
            TokenRequest req = TokenRequest.of(EntityType.DATE, DATE_SHIFT_MARKER + m);
            String token = vault.tokenize(scope, List.of(req), (type, seq, original, attempt) -> {
                int days;
                synchronized (random) {
                    days = random.nextInt(1, m + 1) * (random.nextBoolean() ? 1 : -1);
                }
                return DATE_SHIFT_TOKEN_PREFIX + days;
            }).get(0);
            try {
                return Integer.parseInt(token.substring(DATE_SHIFT_TOKEN_PREFIX.length()));
            } catch (RuntimeException e) {
                throw new AnonymizeException("date_shift: the vault holds a malformed offset for scope " + scope);
            }
        });
    }
}
