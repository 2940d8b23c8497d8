package dev.veil.gateway.mask;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.gateway.api.ApiException;
import dev.veil.vault.TokenRequest;
import dev.veil.vault.TokenVault;
import dev.veil.vault.VaultException;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversation-scoped tokens from the persistent {@link TokenVault}: the vault commits new mappings
 * before returning, so a token never leaves the gateway without its mapping. A vault failure
 * refuses the request (503): the gateway never forwards text it could not mask consistently.
 */
public final class VaultTokenSource implements TokenSource {
    private final TokenVault vault;
    private final TokenStyles styles;

    public VaultTokenSource(TokenVault vault) {
        this(vault, TokenStyles.placeholders());
    }

    public VaultTokenSource(TokenVault vault, TokenStyles styles) {
        this.vault = vault;
        this.styles = styles;
    }

    @Override
    public List<String> tokens(Scope scope, List<EntityType> types, List<SecretValue> values) {
        List<TokenRequest> reqs = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            reqs.add(new TokenRequest(types.get(i), values.get(i)));
        }
        try {
            return vault.tokenize(scope, reqs, styles.factory(scope));
        } catch (VaultException | IllegalArgumentException e) {
            throw ApiException.unavailable("vault_unavailable", "the token vault is unavailable; the request was not forwarded");
        }
    }
}
