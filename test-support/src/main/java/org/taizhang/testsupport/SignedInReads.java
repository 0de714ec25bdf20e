package org.taizhang.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that reads which need a login need a Taizhang login: a token the realm issued to another of its clients gets
 * 401, a Taizhang token without any of the four roles 403, both as problem+json.
 */
public final class SignedInReads {

    private static final String PROBLEM_JSON = "application/problem+json";

    private SignedInReads() {}

    /** Every path (with its query) refused to the two kinds of stranger; lists every path that answered otherwise. */
    public static void assertRefusedToStrangers(List<String> paths) {
        String otherClient = TestTokens.forOtherClient("account-console");
        String otherClientWithRole = TestTokens.forOtherClient("account-console", "office");
        String noRole = TestTokens.forRoles("someone", "offline_access", "uma_authorization");
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            expect(wrong, path, "other client", otherClient, 401);
            expect(wrong, path, "other client with office role", otherClientWithRole, 401);
            expect(wrong, path, "no Taizhang role", noRole, 403);
        }
        assertThat(wrong).as("reads not refused to strangers").isEmpty();
    }

    private static void expect(List<String> wrong, String path, String who, String token, int status) {
        var response = given().auth().oauth2(token).when().get(path);
        String type = String.valueOf(response.contentType());
        if (response.statusCode() != status || !type.startsWith(PROBLEM_JSON)) {
            wrong.add("%s as %s: %d %s, expected %d".formatted(path, who, response.statusCode(), type, status));
        }
    }
}
