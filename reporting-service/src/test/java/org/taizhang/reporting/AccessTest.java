package org.taizhang.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.testsupport.TestTokens;

/** Who may read what: anonymous callers, unit staff, county systems, auditors and the office. */
@QuarkusTest
class AccessTest {

    private static final String CITY = "329600";
    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PlanScenario plan;
    private Unit fgw;
    private Unit county;
    private String shared;
    private String ownOnly;

    @BeforeEach
    void plan() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        fgw = Unit.lead("u-3296-fgw-" + s, "丁市发展和改革委员会", CITY);
        county = Unit.responsible("u-329601-gov-" + s, "丁一县人民政府", "329601");
        plan = new PlanScenario("丁市计划", PlanScenario.today().getYear(), CITY, "丁市", null);
        shared = plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().minusDays(3)), null, fgw, county);
        ownOnly = plan.task("2", "一、公开", PlanScenario.fixed(PlanScenario.today().minusDays(2)), null, fgw);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.counted(plan.planId, 3));
    }

    @Test
    void shouldAskAnonymousCallersForATokenExceptForTheAnnualReport() {
        given().get("/api/reports/plans/{id}/summary", plan.planId)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        given().get("/api/reports/overdue").then().statusCode(401).contentType(PROBLEM);
        given().get("/api/reports/scorecards").then().statusCode(401).contentType(PROBLEM);
        given().post("/api/admin/rebuild").then().statusCode(401).contentType(PROBLEM);
        given().get("/api/reports/plans/{id}/annual", plan.planId).then().statusCode(200);
    }

    @Test
    void shouldLetUnitStaffReadPlanFiguresButOnlyTheirOwnUnit() {
        String unit = TestTokens.unit(fgw.id());
        Api.get(unit, "/api/reports/plans/{id}/summary", plan.planId)
                .statusCode(200)
                .body("tasks.total", equalTo(2));
        Api.get(unit, "/api/reports/plans/{id}/rollup", plan.planId).statusCode(200);
        Api.get(unit, "/api/reports/units/{id}/summary", fgw.id()).statusCode(200);
        Api.get(unit, "/api/reports/units/{id}/summary", county.id())
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
        Api.get(unit, "/api/reports/overdue?unitId={u}", county.id())
                .statusCode(403)
                .contentType(PROBLEM);
        Api.get(unit, "/api/reports/overdue?planId={id}", plan.planId)
                .statusCode(200)
                .body("count", equalTo(2))
                .body("items.unitId", everyItem(equalTo(fgw.id())));
        Api.get(TestTokens.unit(county.id()), "/api/reports/plans/{id}/tasks/{t}", plan.planId, shared)
                .statusCode(200)
                .body("units.unitId", contains(county.id()))
                .body("complete", equalTo(false));
        Api.get(TestTokens.unit(county.id()), "/api/reports/plans/{id}/tasks/{t}", plan.planId, ownOnly)
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldHoldCountySystemsToTheirRegion() {
        String system = TestTokens.integration("329601");
        Api.get(system, "/api/reports/units/{id}/summary", county.id()).statusCode(200);
        Api.get(system, "/api/reports/units/{id}/summary", fgw.id())
                .statusCode(403)
                .contentType(PROBLEM);
        Api.get(system, "/api/reports/overdue?regionCode=329602")
                .statusCode(403)
                .contentType(PROBLEM);
        Api.get(system, "/api/reports/overdue?planId={id}", plan.planId)
                .statusCode(200)
                .body("items.unitId", contains(county.id()));
        Api.get(system, "/api/reports/plans/{id}/summary", plan.planId).statusCode(200);
    }

    @Test
    void shouldKeepScorecardsWeightsAndRebuildsToTheirRoles() {
        Api.get(TestTokens.unit(fgw.id()), "/api/reports/scorecards")
                .statusCode(403)
                .contentType(PROBLEM);
        Api.get(TestTokens.integration("329601"), "/api/reports/score-weights").statusCode(403);
        Api.get(TestTokens.auditor(), "/api/reports/score-weights").statusCode(200);
        given().auth()
                .oauth2(TestTokens.auditor())
                .contentType("application/json")
                .body(
                        "{\"completion\":60,\"reporting\":40,\"lateCredit\":0.5,\"overduePenalty\":5,\"urgingPenalty\":1}")
                .put("/api/reports/score-weights")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.auditor())
                .post("/api/admin/rebuild")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        Api.get(TestTokens.forRoles("nobody"), "/api/reports/plans/{id}/summary", plan.planId)
                .statusCode(403)
                .contentType(PROBLEM);
    }
}
