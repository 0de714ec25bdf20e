package org.taizhang.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Real signed JWTs shaped like Keycloak's access tokens (realm roles under {@code realm_access/roles}, {@code unit_id}
 * and {@code region} claims, the Taizhang audience), signed with the test key pair whose public half
 * {@link TokenTestResource} configures.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.taizhang.test/realms/taizhang";
    /** The audience the realm's Taizhang clients put in their tokens, and the services require. */
    public static final String AUDIENCE = "taizhang";
    /** The client Taizhang's demo logins use (the token's {@code azp}). */
    public static final String CLIENT = "taizhang-cli";

    private TestTokens() {}

    public static String office() {
        return forRoles("office-clerk", "office");
    }

    public static String auditor() {
        return forRoles("auditor-1", "auditor");
    }

    public static String unit(String unitId) {
        return claims("unit-" + unitId, List.of("unit"))
                .claim("unit_id", unitId)
                .sign(privateKey());
    }

    public static String integration(String region) {
        return claims("service-account-county-" + region, List.of("integration"))
                .claim("region", region)
                .sign(privateKey());
    }

    public static String forRoles(String subject, String... roles) {
        return claims(subject, List.of(roles)).sign(privateKey());
    }

    /** A token that expired an hour ago. */
    public static String expired() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return claims("office-clerk", List.of("office"))
                .issuedAt(past)
                .expiresAt(past.plus(Duration.ofHours(1)))
                .sign(privateKey());
    }

    /** A well-formed token signed with a key nobody trusts. */
    public static String signedByAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("office-clerk", List.of("office"))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with the trusted key but issued by another realm. */
    public static String fromIssuer(String issuer) {
        return claims("office-clerk", List.of("office")).issuer(issuer).sign(privateKey());
    }

    /**
     * A token the realm issued to another of its clients (e.g. {@code account-console}): right issuer and key, the
     * given roles, but not the Taizhang audience.
     */
    public static String forOtherClient(String clientId, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("office-clerk")
                .audience("account")
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofMinutes(10))
                .sign(privateKey());
    }

    public static JwtClaimsBuilder claims(String subject, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("azp", CLIENT)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofMinutes(10));
    }

    /** The base64 X.509 public key, as {@code quarkus.oidc.public-key} takes it. */
    public static String publicKey() {
        return pemBody("test-keys/public.pem");
    }

    private static PrivateKey privateKey() {
        try {
            byte[] der = Base64.getDecoder().decode(pemBody("test-keys/private.pem"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Unreadable test key", e);
        }
    }

    private static String pemBody(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable " + resource, e);
        }
    }
}
