package org.taizhang.systest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real tokens the stack's realm issues to clients that are not Taizhang's: {@code account-console} (Keycloak's own
 * account pages, signed in through its login form as a browser would) and {@code admin-cli} (a password grant).
 */
final class OtherClientTokens {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&#]+)");

    private OtherClientTokens() {}

    /** An access token of account-console for a demo user, through the authorization-code flow with PKCE. */
    static String accountConsole(String user) {
        String redirect = Stack.REALM + "/account/";
        String verifier = randomUrlSafe();
        Response page = given().baseUri(Stack.REALM)
                .redirects()
                .follow(false)
                .queryParams(Map.of(
                        "client_id", "account-console",
                        "redirect_uri", redirect,
                        "response_type", "code",
                        "scope", "openid",
                        "code_challenge", challenge(verifier),
                        "code_challenge_method", "S256"))
                .get("/protocol/openid-connect/auth");
        assertThat(page.statusCode()).as("account-console's login page").isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(page.asString());
        assertThat(action.find()).as("a login form on account-console's page").isTrue();
        Response login = given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .body("username=" + user + "&password=" + user + "&credentialId=")
                .post(action.group(1).replace("&amp;", "&"));
        assertThat(login.statusCode()).as("login to account-console").isEqualTo(302);
        Matcher code = CODE.matcher(login.header("Location"));
        assertThat(code.find()).as("a code in %s", login.header("Location")).isTrue();
        return token(Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                "account-console",
                "code",
                code.group(1),
                "redirect_uri",
                redirect,
                "code_verifier",
                verifier));
    }

    /** An access token of admin-cli (every realm's public command-line client) for a demo user. */
    static String adminCli(String user) {
        return token(Map.of("grant_type", "password", "client_id", "admin-cli", "username", user, "password", user));
    }

    private static String token(Map<String, String> form) {
        return given().baseUri(Stack.REALM)
                .contentType("application/x-www-form-urlencoded")
                .formParams(form)
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String randomUrlSafe() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
