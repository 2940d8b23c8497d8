package dev.veil.anonymize;

import dev.veil.core.Scope;
import dev.veil.vault.TokenFactory;

/**
 * An operator whose replacement is a vault token: the vault keeps value and token 1:1 per scope
 * and gives the value back on restore. The factory only makes tokens for values new to the scope.
 */
non-sealed interface TokenOperator extends Operator {

    /** The factory for new tokens of {@code scope}. */
    TokenFactory tokenFactory(Scope scope, OperatorKeys keys);
}
