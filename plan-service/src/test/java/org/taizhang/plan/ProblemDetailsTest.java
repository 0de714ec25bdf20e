package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldListEveryRejectedFieldOfAnInvalidBody() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"count\":0}")
                .when()
                .post("/test/problems/validated")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("errors.field", hasItems("name", "count"));
    }

    @Test
    void shouldRejectMalformedJsonAsBadRequest() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"count\": ")
                .when()
                .post("/test/problems/validated")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    void shouldRejectAWronglyTypedFieldAsBadRequest() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"count\": \"many\"}")
                .when()
                .post("/test/problems/validated")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectAFieldItDoesNotKnow() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"count\": 2, \"cuont\": 3}")
                .when()
                .post("/test/problems/validated")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("cuont"));
    }

    @Test
    void shouldNameTheFieldAndWhatItTakesButNoJavaClassInAnUnreadableBody() {
        for (String[] body : new String[][] {
            {"{\"name\": \"x\", \"count\": 2, \"cuont\": 3}", "Unknown field \"cuont\""},
            {"{\"name\": \"x\", \"count\": 2, \"kind\": \"LATER\"}", "kind: \"LATER\" is not one of FIXED, ONGOING"},
            {"{\"name\": \"x\", \"count\": \"many\"}", "count: \"many\" is not a whole number"},
            {"{\"name\": \"x\", \"count\": 2, \"sizes\": [1, \"b\"]}", "sizes[1]: \"b\" is not a whole number"},
            {"{\"name\": \"x\", \"count\": 2, \"sizes\": 4}", "sizes: expected a list"},
            {"[1, 2]", "The body: expected an object"},
            {"{\"name\": \"x\", \"count\": ", "Malformed JSON"}
        }) {
            given().auth()
                    .oauth2(TestTokens.office())
                    .contentType(ContentType.JSON)
                    .body(body[0])
                    .when()
                    .post("/test/problems/validated")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("detail", containsString(body[1]))
                    .body("detail", not(containsString("org.taizhang")))
                    .body("detail", not(containsString("java.")))
                    .body("detail", not(containsString("class")))
                    .body("detail", not(containsString("`")));
        }
    }

    @Test
    void shouldForbidARoleThatMayNotCallTheEndpoint() {
        given().auth()
                .oauth2(TestTokens.unit("u-1"))
                .when()
                .get("/test/problems/office-only")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(403));
    }

    @Test
    @TestSecurity(
            user = "clerk",
            roles = {"office"})
    void shouldLetTheRoleThatMayCallTheEndpointThrough() {
        given().when().get("/test/problems/office-only").then().statusCode(200);
    }

    @Test
    @TestSecurity(
            user = "auditor-1",
            roles = {"auditor"})
    void shouldSeeTheRolesOfTheCaller() {
        given().when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo("auditor-1"))
                .body("roles", hasItems("auditor"));
    }

    @Test
    void shouldAnswerADomainConflictWithItsStatus() {
        given().when()
                .get("/test/problems/conflict")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo("Plan 7 is already published"))
                .body("instance", equalTo("/test/problems/conflict"));
    }

    @Test
    void shouldHideInternalsOfAnUnexpectedFailure() {
        given().when()
                .get("/test/problems/boom")
                .then()
                .statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("incident"))
                .body(not(containsString("com.example.Internal")))
                .body(not(containsString("at org.")));
    }

    @Test
    void shouldAnswerAWrongMethodWithProblemJson() {
        given().when().delete("/test/problems/conflict").then().statusCode(405).contentType(PROBLEM_JSON);
    }
}
