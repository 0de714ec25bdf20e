package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** A command sent without its body (empty or JSON null) is a 400 problem, not a 500. */
@QuarkusTest
class MissingBodyTest {

    private static final String SOMEWHERE = "00000000-0000-4000-8000-00000000beef";

    @Test
    void shouldRejectAPlanWithoutABody() {
        for (String body : new String[] {"", "null"}) {
            office(body).post("/api/plans").then().statusCode(400).contentType("application/problem+json");
            office(body)
                    .put("/api/plans/" + SOMEWHERE)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("request"));
        }
    }

    @Test
    void shouldRejectADerivationWithoutABody() {
        for (String body : new String[] {"", "null"}) {
            office(body)
                    .post("/api/plans/" + SOMEWHERE + "/derive")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static RequestSpecification office(String body) {
        RequestSpecification spec = given().auth().oauth2(TestTokens.office());
        return spec.contentType("application/json").body(body);
    }
}
