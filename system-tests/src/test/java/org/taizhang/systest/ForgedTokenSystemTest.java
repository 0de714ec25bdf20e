package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens the stack's realm did not issue, or no longer vouches for, get a 401 problem from every service. */
class ForgedTokenSystemTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void tokensOfAnotherRealmExpiredOrTamperedAreRefusedWith401Everywhere() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        PrivateKey ownKey = keys.generateKeyPair().getPrivate();
        long now = Instant.now().getEpochSecond();
        String otherRealm = Stack.KEYCLOAK + "/realms/other";

        Map<String, String> forged = Map.of(
                "another realm", sign(ownKey, otherRealm, now - 10, now + 300),
                "expired, right issuer", sign(ownKey, Stack.REALM, now - 7200, now - 3600),
                "self-signed, right issuer", sign(ownKey, Stack.REALM, now - 10, now + 300),
                "tampered real token", tamper(Tokens.of(Tokens.UNIT_A)));

        List<String> wrong = new ArrayList<>();
        for (Stack.Service service : Stack.SERVICES) {
            for (var token : forged.entrySet()) {
                var response = Stack.as(null, service.url())
                        .header("Authorization", "Bearer " + token.getValue())
                        .get("/api/me");
                if (response.statusCode() != 401
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    wrong.add("%s with %s: %d %s"
                            .formatted(service.name(), token.getKey(), response.statusCode(), response.contentType()));
                }
            }
        }
        assertThat(wrong).as("forged tokens not refused with 401 problem+json").isEmpty();
    }

    private static String sign(PrivateKey key, String issuer, long issuedAt, long expires) throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"systest\"}";
        String payload = ("{\"iss\":\"%s\",\"sub\":\"systest\",\"aud\":\"account\",\"azp\":\"taizhang-cli\","
                        + "\"iat\":%d,\"exp\":%d,\"realm_access\":{\"roles\":[\"office\"]},\"preferred_username\":\"office\"}")
                .formatted(issuer, issuedAt, expires);
        String input = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(rsa.sign());
    }

    /** A real token with one byte of its payload changed (its unit_id, so the change would matter). */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replace("341800-fgw", "341800-fgx");
        assertThat(changed).as("tampering changes the payload").isNotEqualTo(payload);
        return parts[0] + "." + B64.encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
