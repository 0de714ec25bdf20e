package org.taizhang.systest;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens of the demo accounts from the stack's Keycloak, cached until shortly before they expire. */
public final class Tokens {

    public static final String OFFICE = "office";
    public static final String AUDITOR = "auditor";
    public static final String UNIT_A = "unit-fgw";
    public static final String UNIT_B = "unit-czj";
    public static final String COUNTY_X = "county-341821";
    public static final String COUNTY_Y = "county-341823";

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    private record Cached(String token, Instant refreshAfter) {}

    /** A valid access token for a demo account (users by password through taizhang-cli, counties by client credentials). */
    public static String of(String account) {
        Cached cached = CACHE.get(account);
        if (cached != null && Instant.now().isBefore(cached.refreshAfter())) {
            return cached.token();
        }
        var request = given().baseUri(Stack.REALM).contentType("application/x-www-form-urlencoded");
        request = account.startsWith("county-")
                ? request.formParam("grant_type", "client_credentials")
                        .formParam("client_id", account)
                        .formParam("client_secret", account + "-demo-secret")
                : request.formParam("grant_type", "password")
                        .formParam("client_id", "taizhang-cli")
                        .formParam("username", account)
                        .formParam("password", account);
        var response = request.post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String token = response.getString("access_token");
        int lifetime = response.getInt("expires_in");
        CACHE.put(account, new Cached(token, Instant.now().plusSeconds(Math.max(5, lifetime - 30))));
        return token;
    }
}
