package org.taizhang.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** Paths and query parameters a client got wrong are a 400 problem, never a 500. */
@QuarkusTest
class QueryParametersTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldRejectAControlCharacterInAPathOrQuery() {
        for (String uri : new String[] {
            "/dashboard/units/a%00b",
            "/api/reports/plans/x%00/annual",
            "/api/reports/plans/x/summary%01",
            "/api/reports/overdue?unitId=a%00b",
            "/dashboard?year=%00"
        }) {
            given().urlEncodingEnabled(false)
                    .auth()
                    .oauth2(TestTokens.office())
                    .get(uri)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON);
        }
    }

    @Test
    void shouldRejectAPageBeyondTheLastThatCanBeCounted() {
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reports/plans?page=21474837&size=100")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("page"));
    }
}
