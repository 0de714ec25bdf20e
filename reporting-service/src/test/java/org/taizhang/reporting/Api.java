package org.taizhang.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.taizhang.testsupport.TestTokens;

/** Reads the reporting API as the office would, and answers status codes for awaiting data that is on its way. */
final class Api {

    private Api() {}

    static ValidatableResponse get(String token, String path, Object... params) {
        return given().auth().oauth2(token).get(path, params).then();
    }

    /** The office's 200 answer as JSON. */
    static JsonPath office(String path, Object... params) {
        return get(TestTokens.office(), path, params).statusCode(200).extract().jsonPath();
    }

    static int status(String path, Object... params) {
        return given().auth().oauth2(TestTokens.office()).get(path, params).statusCode();
    }

    static JsonPath summary(String planId) {
        return office("/api/reports/plans/{id}/summary", planId);
    }

    /** Whether the plan is known and has this many assignments counted: the events so far have been applied. */
    static boolean counted(String planId, int assignments) {
        return status("/api/reports/plans/{id}/summary", planId) == 200
                && summary(planId).getInt("assignments.total") == assignments;
    }
}
