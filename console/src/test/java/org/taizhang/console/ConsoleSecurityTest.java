package org.taizhang.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.PLAN_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** Forms only from the console's own pages, assets from the console alone, navigation by role. */
@QuarkusTest
class ConsoleSecurityTest {

    @BeforeEach
    void plans() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/plans", json(Samples.planPage("PUBLISHED")));
        UpstreamServices.answer("GET", "/api/assignments", json(Samples.assignmentPage("341800-fgw")));
        UpstreamServices.answer("POST", "/api/plans/" + PLAN_ID + "/publish", json(Samples.plan("PUBLISHED")));
    }

    @Test
    void shouldRefuseAFormPostedFromAnotherSiteAndSendNothingOn() {
        Response forged = given().auth()
                .oauth2(TestTokens.office())
                .header("Origin", "https://evil.example")
                .formParam("defaultDeadline", "年底前")
                .post("/plans/" + PLAN_ID + "/publish");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(UpstreamServices.calls("POST", "/api/plans/" + PLAN_ID + "/publish"))
                .isEmpty();
    }

    @Test
    void shouldRefuseAFormPostWithNeitherOriginNorReferer() {
        given().auth()
                .oauth2(TestTokens.office())
                .formParam("defaultDeadline", "年底前")
                .post("/plans/" + PLAN_ID + "/publish")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldAcceptAFormWhoseRefererIsTheConsoleItself() {
        given().redirects()
                .follow(false)
                .auth()
                .oauth2(TestTokens.office())
                .header("Referer", "http://localhost:" + RestAssured.port + "/plans/" + PLAN_ID)
                .formParam("defaultDeadline", "年底前")
                .post("/plans/" + PLAN_ID + "/publish")
                .then()
                .statusCode(303);
    }

    @Test
    void shouldServeAssetsToAnyoneAndPagesWithAStrictPolicyAndNoCaching() {
        given().get("/static/console.css").then().statusCode(200);
        given().get("/static/console.js").then().statusCode(200);

        Response page = Browser.office().get("/plans");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void shouldRefuseAnonymousPages() {
        given().redirects().follow(false).get("/plans").then().statusCode(401);
    }

    @Test
    void shouldOfferEachRoleItsOwnNavigation() {
        String office =
                Browser.office().get("/plans").then().statusCode(200).extract().asString();
        String unit = Browser.unit("341800-fgw")
                .get("/my/assignments")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(office)
                .contains("href=\"/plans/import\"", "href=\"/overdue\"")
                .doesNotContain("href=\"/my/assignments\"");
        assertThat(unit)
                .contains("href=\"/my/assignments\"")
                .doesNotContain("href=\"/plans/import\"", "href=\"/plans\"");
    }

    @Test
    void shouldSendEachRoleToWhereItsWorkIs() {
        assertThat(Browser.office().get("/").header("Location")).endsWith("/plans");
        assertThat(Browser.unit("341800-fgw").get("/").header("Location")).endsWith("/my/assignments");
        assertThat(Browser.as(TestTokens.integration("341821")).get("/").header("Location"))
                .endsWith("/county");
    }
}
