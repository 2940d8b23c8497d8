package dev.veil.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies bearer JWTs from the organisation's identity provider against a JWKS (a file, or a URL
 * fetched and cached by Nimbus), checks signature, expiry, not-before, issuer and audience, and maps
 * the roles claim to a {@link Principal}. Only asymmetric algorithms are accepted, so a token signed
 * with a public key as an HMAC secret ("alg confusion") or unsigned ("alg": "none") is refused.
 */
public final class JwtVerifier {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final String rolesClaim;
    private final String tenantClaim;
    private final String defaultTenant;
    private final RolePolicy roles;
    private final Principal.Limits limits;

    /**
     * @param jwks      a JWKS file path or an http(s) URL
     * @param issuer    required "iss" value
     * @param audience  required "aud" value (null: not checked)
     */
    public JwtVerifier(String jwks, String issuer, String audience, String rolesClaim, String tenantClaim,
                       String defaultTenant, RolePolicy roles, Principal.Limits limits) {
        JWKSource<SecurityContext> source;
        try {
            if (jwks.startsWith("http://") || jwks.startsWith("https://")) {
                URL url = URI.create(jwks).toURL();
                source = JWKSourceBuilder.create(url).retrying(true).build();
            } else {
                source = new ImmutableJWKSet<>(JWKSet.load(Path.of(jwks).toFile()));
            }
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("cannot load JWKS from the configured location", e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, source));
        JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder().issuer(issuer);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience, exact.build(),
                Set.of("sub", "exp", "iss")));
        this.rolesClaim = rolesClaim;
        this.tenantClaim = tenantClaim;
        this.defaultTenant = defaultTenant;
        this.roles = roles;
        this.limits = limits;
    }

    /** The principal of a valid token, or empty for any invalid, expired or forged one. */
    public Optional<Principal> verify(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
        Set<String> roleNames = new HashSet<>();
        try {
            Object r = claims.getClaim(rolesClaim);
            if (r instanceof String s) {
                for (String part : s.split("[ ,]+")) {
                    if (!part.isBlank()) {
                        roleNames.add(part);
                    }
                }
            } else if (r instanceof List<?> l) {
                l.forEach(x -> roleNames.add(String.valueOf(x)));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String tenant = defaultTenant;
        Object t = claims.getClaim(tenantClaim);
        if (t instanceof String s && s.matches("[A-Za-z0-9._:-]{1,80}")) {
            tenant = s;
        }
        String sub = claims.getSubject();
        Instant exp = claims.getExpirationTime().toInstant();
        return Optional.of(new Principal("jwt:" + sub, sub, tenant, roleNames, roles.models(roleNames, Set.of()),
                roles.reveal(roleNames, Set.of()), limits, exp));
    }
}
