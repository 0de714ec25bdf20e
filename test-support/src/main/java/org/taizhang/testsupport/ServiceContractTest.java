package org.taizhang.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every Taizhang service promises before it has features: it is ready (database and Kafka), documented, measured,
 * and answers every error as problem+json, trusting only valid bearer tokens. A service's test extends this class.
 */
public abstract class ServiceContractTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldBeReadyWithItsDatabaseAndKafka() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void shouldWatchItsOutboxForParkedEventsApartFromReadiness() {
        given().when()
                .get("/q/health/well")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("Outbox parked events"))
                .body("checks.find { it.name == 'Outbox parked events' }.data.parked", equalTo(0));
        given().when().get("/q/health/ready").then().body("checks.name", not(hasItem("Outbox parked events")));
    }

    @Test
    void shouldServeItsOpenApiDocumentAndSwaggerUi() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("openapi", containsString("3."))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/me"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldDescribeEveryFieldOfItsRequestsAndResponses() {
        Map<String, Object> document = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");

        List<String> undescribed = UndescribedFields.in(document);

        assertThat(undescribed)
                .withFailMessage(
                        "%d fields and parameters have no description (units, formats and limits go there):%n  %s",
                        undescribed.size(), String.join(System.lineSeparator() + "  ", undescribed))
                .isEmpty();
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldRejectARequestWithoutATokenAsProblemJson() {
        given().when()
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldAcceptAValidSignedTokenAndReadItsClaims() {
        given().auth()
                .oauth2(TestTokens.integration("341821"))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo("service-account-county-341821"))
                .body("roles", hasItem("integration"))
                .body("region", equalTo("341821"))
                .body("unitId", nullValue());
        given().auth()
                .oauth2(TestTokens.unit("u-fgw"))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("unit"))
                .body("roles", not(hasItem("office")))
                .body("unitId", equalTo("u-fgw"));
    }

    @Test
    void shouldSendSecurityHeadersWithEveryAnswer() {
        for (var response : new ValidatableResponse[] {
            given().when().get("/api/me").then().statusCode(401),
            given().auth()
                    .oauth2(TestTokens.office())
                    .when()
                    .get("/api/me")
                    .then()
                    .statusCode(200),
            given().auth()
                    .oauth2(TestTokens.office())
                    .when()
                    .get("/api/no-such-thing")
                    .then()
                    .statusCode(404)
        }) {
            response.header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void shouldRejectAnExpiredToken() {
        withToken(TestTokens.expired()).statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectATokenSignedWithAnotherKey() {
        withToken(TestTokens.signedByAnotherKey()).statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectATokenFromAnotherIssuer() {
        withToken(TestTokens.fromIssuer("https://elsewhere.example/realms/other"))
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectATokenIssuedToAnotherClientOfTheRealm() {
        withToken(TestTokens.forOtherClient("account-console")).statusCode(401).contentType(PROBLEM_JSON);
        withToken(TestTokens.forOtherClient("account-console", "office"))
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseATaizhangTokenWithoutATaizhangRole() {
        withToken(TestTokens.forRoles("someone", "offline_access", "uma_authorization"))
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectAGarbledToken() {
        withToken("not-a-jwt").statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswerAnUnknownPathWithProblemJson() {
        given().auth()
                .oauth2(TestTokens.office())
                .when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }

    @Test
    void shouldRefuseAnOversizedBodyAsProblemJson() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType("application/json")
                .body(new byte[13 * 1024 * 1024])
                .when()
                .post("/api/me")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413));
    }

    @Test
    void shouldRejectAControlCharacterInThePathOrQueryAsBadRequest() {
        for (String uri : new String[] {"/api/me?x=a%00b", "/api/me?a%1Fb=1", "/api/m%00e", "/api/no-such%0Athing"}) {
            given().urlEncodingEnabled(false)
                    .auth()
                    .oauth2(TestTokens.office())
                    .when()
                    .get(uri)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("status", equalTo(400))
                    .body("detail", containsString("control character"));
        }
    }

    @Test
    void shouldRejectAnEscapeThatIsNotUtf8AsBadRequest() {
        for (String uri : new String[] {"/api/me?x=%ff", "/api/me?x=%C0%AF", "/api/m%e9"}) {
            given().urlEncodingEnabled(false)
                    .auth()
                    .oauth2(TestTokens.office())
                    .when()
                    .get(uri)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON);
        }
    }

    @Test
    void shouldStillAcceptPrintableEscapedText() {
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("x", "市发改委 a+b/c?d")
                .when()
                .get("/api/me")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldAskAnAnonymousWriterForATokenBeforeMatchingItsRequest() {
        for (String path : new String[] {"/api/me", "/api/no-such-thing"}) {
            given().contentType("text/plain")
                    .body("x")
                    .when()
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM_JSON)
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    private static ValidatableResponse withToken(String token) {
        return given().auth().oauth2(token).when().get("/api/me").then();
    }
}
