package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** Query parameters a client got wrong are a 400 problem naming the parameter, never a 404 or a 500. */
@QuarkusTest
class QueryParametersTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldRejectAPageWhoseOffsetWouldOverflow() {
        officeGets("/api/plans?page=21474837&size=100")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void shouldStillServeTheLastPageThatCanBeCounted() {
        officeGets("/api/plans?page=4294968&size=200").statusCode(400);
        officeGets("/api/plans?page=4294967&size=200").statusCode(200).body("items", empty());
    }

    @Test
    void shouldRejectAYearThatIsNotANumberNamingIt() {
        officeGets("/api/plans?year=abc")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void shouldRejectAnUnknownStatusNamingTheAllowedValues() {
        officeGets("/api/plans?status=NOPE")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("status"))
                .body("detail", allOf(containsString("status"), containsString("DRAFT"), containsString("PUBLISHED")));
    }

    @Test
    void shouldRejectAFlagThatIsNeitherTrueNorFalse() {
        officeGets("/api/plans/00000000-0000-4000-8000-000000000001/tasks?withdrawn=maybe")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("withdrawn"));
    }

    @Test
    void shouldRejectAControlCharacterInTheSearchTextOrPath() {
        for (String uri : new String[] {"/api/plans?q=a%00b", "/api/plans/a%00b", "/api/plans?regionCode=%0D%0A"}) {
            given().urlEncodingEnabled(false)
                    .auth()
                    .oauth2(TestTokens.office())
                    .get(uri)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON);
        }
    }

    private static ValidatableResponse officeGets(String uri) {
        return given().auth().oauth2(TestTokens.office()).get(uri).then();
    }
}
