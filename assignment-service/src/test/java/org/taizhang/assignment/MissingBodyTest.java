package org.taizhang.assignment;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** A unit sent without its body (empty or JSON null) is a 400 problem, not a 500. */
@QuarkusTest
class MissingBodyTest {

    @Test
    void shouldRejectAUnitWithoutABody() {
        for (String body : new String[] {"", "null"}) {
            office(body).post("/api/units").then().statusCode(400).contentType("application/problem+json");
            office(body).put("/api/units/u-none").then().statusCode(400).contentType("application/problem+json");
        }
    }

    private static RequestSpecification office(String body) {
        RequestSpecification spec = given().auth().oauth2(TestTokens.office());
        return spec.contentType("application/json").body(body);
    }
}
