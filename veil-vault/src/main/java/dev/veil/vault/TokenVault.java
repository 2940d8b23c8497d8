package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps original values to tokens per {@link Scope}, and back for callers holding a
 * {@link RevealCapability}. Obtain one from {@link Vaults}.
 *
 * <p>Guarantees of every implementation:
 * <ul>
 *   <li><b>Consistency.</b> Within a scope one (type, value) pair has exactly one token and one token
 *       belongs to exactly one value, also across processes sharing a store.</li>
 *   <li><b>Unlinkability.</b> Sequence numbers and lookup keys are per scope: a token of one scope says
 *       nothing about the tokens of another scope.</li>
 *   <li><b>Durability.</b> {@link #tokenize} returns only after every new mapping is committed, so a
 *       crash never leaves a token in flight without its mapping.</li>
 *   <li><b>Privacy.</b> Persistent vaults never write a value in plaintext; nothing in this module
 *       logs values or tokens or puts them in exception messages.</li>
 *   <li><b>Fail closed.</b> A missing or wrong key, a corrupted row or a store failure raises a
 *       {@link VaultException}; no method returns partial or unverified data.</li>
 * </ul>
 * Implementations are thread-safe.
 */
public interface TokenVault extends AutoCloseable {

    /**
     * Returns one token per request, in request order, using the vault's default token factory.
     * Equal requests get equal tokens. All new mappings of one call are written in one transaction.
     */
    default List<String> tokenize(Scope scope, List<TokenRequest> requests) {
        return tokenize(scope, requests, defaultTokenFactory());
    }

    /**
     * Like {@link #tokenize(Scope, List)}, but new tokens are made by {@code factory}. Existing
     * mappings keep their token whatever factory made them.
     */
    List<String> tokenize(Scope scope, List<TokenRequest> requests, TokenFactory factory);

    /** Convenience for a single value. */
    default String tokenize(Scope scope, EntityType type, SecretValue value) {
        return tokenize(scope, List.of(new TokenRequest(type, value))).get(0);
    }

    /** The factory used by {@link #tokenize(Scope, List)}. */
    TokenFactory defaultTokenFactory();

    /**
     * Returns the original value of {@code token} in {@code scope}, or empty if the scope has no such
     * live (unexpired) token.
     *
     * @throws VaultException if the capability does not cover the scope or the entry cannot be
     *                        decrypted and authenticated
     */
    Optional<SecretValue> reveal(Scope scope, String token, RevealCapability capability);

    /**
     * Every live token of the scope with its value, for restoring a whole conversation's output.
     * Either all entries decrypt and verify, or a {@link VaultException} is thrown.
     */
    Map<String, SecretValue> revealAll(Scope scope, RevealCapability capability);

    /**
     * Removes every entry whose retention time has passed, and the keys of scopes that have no live
     * entries left. Returns the number of entries removed.
     */
    int purgeExpired();

    /**
     * Erases every mapping to {@code value} in every scope, whatever its entity type. Matching is on
     * a normalized form (Unicode NFKC, case-folded, letters and digits only), so
     * {@code "536-22-8726"} also erases {@code "536228726"}.
     */
    ErasureReport eraseSubject(SecretValue value, ErasureCapability capability);

    /**
     * Crypto-shredding: deletes the scope's entries, counters and data keys. Ciphertexts of the scope
     * that survive anywhere (backups, free pages) can no longer be decrypted with this vault's keys.
     * Using the scope again afterwards starts a fresh scope with new keys.
     */
    void destroyScope(Scope scope, ErasureCapability capability);

    /**
     * Re-wraps every scope's keys under the key provider's primary key and adds a fresh data key to
     * each, so that older key-encryption keys can be retired. Scopes are also rotated lazily on first
     * use; this method finishes the job eagerly. Returns the number of scopes rotated (0 for vaults
     * without keys).
     */
    int rotateKeys();

    /** Releases connections and forgets cached keys. Idempotent. */
    @Override
    void close();
}
