package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
    void shouldRejectAPageWhoseOffsetWouldOverflowOnEveryList() {
        for (String list : new String[] {"/api/reminders", "/api/deliveries", "/api/subscriptions"}) {
            officeGets(list + "?page=21474837&size=100")
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("page"));
        }
    }

    @Test
    void shouldRejectUnknownEnumValuesNamingTheAllowedOnes() {
        officeGets("/api/reminders?status=NOPE")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", allOf(containsString("status"), containsString("DELIVERED")));
        officeGets("/api/deliveries?status=NOPE").statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRejectAnIdThatIsNoUuid() {
        officeGets("/api/deliveries?reminderId=nope")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("reminderId"));
    }

    @Test
    void shouldRejectAControlCharacterInAUnitIdOrPath() {
        for (String uri : new String[] {"/api/reminders?unitId=a%00b", "/api/reminder-policies/plans/x%00"}) {
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
