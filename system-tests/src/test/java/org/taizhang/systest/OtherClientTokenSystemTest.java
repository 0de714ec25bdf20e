package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real tokens of the realm's other clients (account-console, admin-cli) get a 401 problem from every endpoint that needs
 * a login: the services take only tokens issued for Taizhang (its audience), whatever roles they carry.
 */
class OtherClientTokenSystemTest {

    @Test
    void tokensOfTheRealmsOtherClientsAreRefusedWith401WhereALoginIsNeeded() {
        Map<String, String> strangers = Map.of(
                "account-console as office", OtherClientTokens.accountConsole(Tokens.OFFICE),
                "admin-cli as office", OtherClientTokens.adminCli(Tokens.OFFICE));
        strangers.forEach((who, token) -> assertThat(payload(token))
                .as("%s: a real token, without the Taizhang audience", who)
                .contains("\"iss\":\"" + Stack.REALM + "\"")
                .doesNotContain("\"taizhang\""));

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (AccessMatrix.Row row : AccessMatrix.load()) {
            if (!row.expected().get(0).equals("deny")) {
                continue; // public reads answer every caller alike
            }
            String base = Stack.SERVICES.stream()
                    .filter(s -> s.name().equals(row.service()))
                    .findFirst()
                    .orElseThrow()
                    .url();
            for (var stranger : strangers.entrySet()) {
                var response = AccessMatrixSystemTest.request(row, base, null)
                        .header("Authorization", "Bearer " + stranger.getValue())
                        .request(row.method(), AccessMatrixSystemTest.path(row.path()));
                checked++;
                if (response.statusCode() != 401
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    wrong.add("%s as %s: %d %s"
                            .formatted(row.key(), stranger.getKey(), response.statusCode(), response.contentType()));
                }
            }
        }
        assertThat(checked).as("endpoints that need a login").isGreaterThan(40);
        assertThat(wrong)
                .as("other clients' tokens not refused with 401 problem+json")
                .isEmpty();
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
