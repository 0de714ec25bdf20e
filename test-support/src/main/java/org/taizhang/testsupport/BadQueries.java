package org.taizhang.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;

/** Requests with paths or query parameters a client got wrong, as the office sends them, and what they must get. */
public final class BadQueries {

    public static final String PROBLEM_JSON = "application/problem+json";

    private BadQueries() {}

    /** The office's GET of {@code uri}, encoded as usual. */
    public static ValidatableResponse officeGets(String uri) {
        return given().auth().oauth2(TestTokens.office()).get(uri).then();
    }

    /** A 400 problem whose first error names {@code field}; returned for further checks. */
    public static ValidatableResponse assertRejectsParameter(String uri, String field) {
        return officeGets(uri).statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo(field));
    }

    /** Each URI, sent exactly as written (its escapes not encoded again), is a 400 problem. */
    public static void assertRejectsRaw(String... uris) {
        for (String uri : uris) {
            given().urlEncodingEnabled(false)
                    .auth()
                    .oauth2(TestTokens.office())
                    .get(uri)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON);
        }
    }
}
