package dev.veil.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.veil.core.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtVerifierTest {
    RSAKey idp;
    RSAKey attacker;
    JwtVerifier verifier;

    @BeforeAll
    void setUp(@TempDir Path tmp) throws Exception {
        idp = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        attacker = new RSAKeyGenerator(2048).keyID("idp-1").generate(); // same kid, different key
        Path jwks = tmp.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(idp.toPublicJWK()).toString());
        RolePolicy roles = new RolePolicy(Map.of(
                "analyst", new RolePolicy.Grant(Set.of("gpt-x"), Set.of(EntityType.PERSON)),
                "admin", new RolePolicy.Grant(Set.of("*"), Set.of())));
        verifier = new JwtVerifier(jwks.toString(), "https://idp.example", "veil", "roles", "tenant", "default", roles,
                Principal.Limits.UNLIMITED);
    }

    private String token(RSAKey key, String issuer, String audience, long expOffsetMs, Object roles) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("alice").issuer(issuer).audience(audience)
                .expirationTime(new Date(System.currentTimeMillis() + expOffsetMs)).claim("roles", roles)
                .claim("tenant", "acme").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void validTokenMapsRolesToGrants() throws Exception {
        Principal p = verifier.verify(token(idp, "https://idp.example", "veil", 60_000, List.of("analyst"))).orElseThrow();
        assertThat(p.keyId()).isEqualTo("jwt:alice");
        assertThat(p.tenant()).isEqualTo("acme");
        assertThat(p.mayUse("gpt-x")).isTrue();
        assertThat(p.mayUse("other")).isFalse();
        assertThat(p.mayReveal(EntityType.PERSON)).isTrue();
        assertThat(p.isAdmin()).isFalse();
    }

    @Test
    void forgedExpiredWrongIssuerAudienceAndUnsignedTokensAreRefused() throws Exception {
        assertThat(verifier.verify(token(attacker, "https://idp.example", "veil", 60_000, List.of("admin")))).isEmpty();
        assertThat(verifier.verify(token(idp, "https://idp.example", "veil", -60_000, List.of("analyst")))).isEmpty();
        assertThat(verifier.verify(token(idp, "https://evil.example", "veil", 60_000, List.of("analyst")))).isEmpty();
        assertThat(verifier.verify(token(idp, "https://idp.example", "other", 60_000, List.of("analyst")))).isEmpty();
        PlainJWT none = new PlainJWT(new JWTClaimsSet.Builder().subject("alice").issuer("https://idp.example")
                .audience("veil").expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .claim("roles", List.of("admin")).build());
        assertThat(verifier.verify(none.serialize())).isEmpty();
        // HMAC-signed with the public key's bytes as secret ("alg confusion") is refused
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject("alice")
                .issuer("https://idp.example").audience("veil").expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .claim("roles", List.of("admin")).build());
        hs.sign(new MACSigner(idp.toPublicJWK().toRSAPublicKey().getEncoded()));
        assertThat(verifier.verify(hs.serialize())).isEmpty();
        assertThat(verifier.verify("not.a.jwt")).isEmpty();
    }

    @Test
    void rolesClaimMayBeASpaceSeparatedString() throws Exception {
        Principal p = verifier.verify(token(idp, "https://idp.example", "veil", 60_000, "analyst admin")).orElseThrow();
        assertThat(p.isAdmin()).isTrue();
        assertThat(p.mayUse("anything")).isTrue();
    }
}
