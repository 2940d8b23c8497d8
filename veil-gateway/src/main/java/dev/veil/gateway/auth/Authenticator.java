package dev.veil.gateway.auth;

import dev.veil.gateway.api.ApiException;
import java.util.Optional;

/**
 * Turns an {@code Authorization: Bearer ...} header into a {@link Principal}: a Veil API key, or a
 * JWT when a verifier is configured. Every failure is the same 401 with a fixed message, so the
 * response does not tell a guesser which part was wrong.
 */
public final class Authenticator {
    private final ApiKeyStore keys;
    private final RolePolicy roles;
    private final JwtVerifier jwt;

    public Authenticator(ApiKeyStore keys, RolePolicy roles, JwtVerifier jwt) {
        this.keys = keys;
        this.roles = roles;
        this.jwt = jwt;
    }

    public Principal authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("missing API key: send 'Authorization: Bearer <key>'");
        }
        String token = authorization.substring(7).trim();
        Optional<ApiKeyRecord> rec = keys.verify(token);
        if (rec.isPresent()) {
            ApiKeyRecord r = rec.get();
            return new Principal(r.id(), r.name(), r.tenant(), r.roles(), roles.models(r.roles(), r.models()),
                    roles.reveal(r.roles(), r.reveal()), new Principal.Limits(r.requestsPerMinute(), r.tokensPerDay()),
                    r.expiresAt());
        }
        if (jwt != null && token.chars().filter(c -> c == '.').count() == 2) {
            Optional<Principal> p = jwt.verify(token);
            if (p.isPresent()) {
                return p.get();
            }
        }
        throw ApiException.unauthorized("invalid, expired or revoked credentials");
    }
}
