package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.taizhang.assignment.PlanFixture.inTx;
import static org.taizhang.assignment.PlanFixture.mention;
import static org.taizhang.assignment.PlanFixture.task;
import static org.taizhang.testsupport.BadQueries.assertRejectsParameter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressBatch;
import org.taizhang.assignment.entity.ProgressBatchItem;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;

/** The batch log: every batch pushed is kept with each report's outcome, and shown to whoever may see it. */
@QuarkusTest
class ProgressBatchLogTest {

    private static final String CITY = "349000";
    private static final String COUNTY = "349001";
    private static final String NEIGHBOUR = "349002";
    private static final String BATCHES = "/api/progress/batches";

    @Inject
    PlanFixture fixture;

    private String planId;
    private Assignment county;
    private Assignment neighbour;
    private Assignment fgw;

    @BeforeEach
    void plan() {
        fixture.unit("t-3490-fgw", "癸市发展和改革委员会", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "市发改委");
        fixture.unit("t-3490-czj", "癸市财政局", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "市财政局");
        fixture.unit("t-349001-gov", "子县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, COUNTY);
        fixture.unit("t-349002-gov", "丑县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, NEIGHBOUR);
        planId = fixture.publish(
                CITY,
                2026,
                List.of(task(
                        "1",
                        PlanFixture.YEAR_END,
                        mention("市发改委", UnitRole.LEAD),
                        mention("市财政局", UnitRole.RESPONSIBLE),
                        mention("子县人民政府", UnitRole.RESPONSIBLE),
                        mention("丑县人民政府", UnitRole.RESPONSIBLE))));
        county = fixture.assignment(planId, "1", "t-349001-gov");
        neighbour = fixture.assignment(planId, "1", "t-349002-gov");
        fgw = fixture.assignment(planId, "1", "t-3490-fgw");
    }

    @Test
    void shouldLogEveryReportsOutcomeWithItsReferenceIncludingRejections() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> unreadable = report(run + "-c", "DONE");
        unreadable.put("assignmentId", county.id.toString());
        String batchId = push(
                        TestTokens.integration(COUNTY),
                        List.of(byName(run + "-a", "子县人民政府"), byId(run + "-b", neighbour.id), unreadable))
                .statusCode(200)
                .extract()
                .path("batchId");

        JsonPath logged = read(TestTokens.integration(COUNTY), batchId)
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(logged.getString("reportedBy")).isEqualTo("service-account-county-" + COUNTY);
        assertThat(logged.getString("reportedVia")).isEqualTo("INTEGRATION");
        assertThat(logged.getString("region")).isEqualTo(COUNTY);
        assertThat(logged.getInt("reports")).isEqualTo(3);
        assertThat(List.of(logged.getInt("accepted"), logged.getInt("duplicates"), logged.getInt("rejected")))
                .containsExactly(1, 0, 2);
        assertThat(logged.getList("results.reportId", String.class))
                .containsExactly(run + "-a", run + "-b", run + "-c");
        assertThat(logged.getList("results.outcome", String.class)).containsExactly("ACCEPTED", "REJECTED", "REJECTED");
        assertThat(logged.getList("results.code", String.class)).containsExactly(null, "NOT_YOURS", "INVALID_FIELD");
        assertThat(logged.getString("results[2].reason")).contains("DONE");
        // an unreadable report keeps only its id: what else it said could not be read
        assertThat(logged.getList("results.assignmentId", String.class))
                .containsExactly(county.id.toString(), neighbour.id.toString(), null);
        assertThat(logged.getString("results[0].planId")).isEqualTo(planId);
        assertThat(logged.getString("results[0].unitName")).isEqualTo("子县人民政府");
        assertThat(logged.getString("results[0].taskNumber")).isEqualTo("1");
        assertThat(logged.getString("receivedAt")).isNotBlank();
    }

    @Test
    void shouldLogNothingForABatchRefusedWhole() {
        String reporter = "service-account-county-" + COUNTY;
        long before = inTx(() -> ProgressBatch.count("reporter", reporter));

        push(TestTokens.integration(COUNTY), List.of()).statusCode(422);
        given().auth()
                .oauth2(TestTokens.integration(COUNTY))
                .contentType(ContentType.JSON)
                .body("{\"reports\": 3}")
                .post("/api/progress/batch")
                .then()
                .statusCode(400);

        assertThat(inTx(() -> ProgressBatch.count("reporter", reporter))).isEqualTo(before);
    }

    @Test
    void shouldKeepWhatAClientSentBoundedAndPlain() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> longId = byId(run + "x".repeat(5000), county.id);
        Map<String, Object> control = byName(run + "-\u0000", "子县\u0007人民政府");
        String batchId = push(TestTokens.integration(COUNTY), List.of(longId, control))
                .statusCode(200)
                .extract()
                .path("batchId");

        List<ProgressBatchItem> items =
                inTx(() -> ProgressBatchItem.list("batchId = ?1 order by position", UUID.fromString(batchId)));

        assertThat(items).extracting(i -> i.outcome.name()).containsExactly("REJECTED", "REJECTED");
        assertThat(items.get(0).reportId).hasSize(100).endsWith("…");
        assertThat(items.get(1).reportId).isEqualTo(run + "-\uFFFD");
        assertThat(items.get(1).unitName).isEqualTo("子县\uFFFD人民政府");
    }

    @Test
    void shouldShowACountySystemOnlyTheBatchesItPushed() {
        Instant start = Instant.now();
        String own = pushOne(TestTokens.integration(COUNTY), county.id);
        String other = pushOne(TestTokens.integration(NEIGHBOUR), neighbour.id);

        JsonPath mine = list(TestTokens.integration(COUNTY), "?since=" + start)
                .extract()
                .jsonPath();
        assertThat(mine.getList("items.id", String.class)).contains(own).doesNotContain(other);
        assertThat(mine.getList("items.reportedBy", String.class)).containsOnly("service-account-county-" + COUNTY);
        assertThat(mine.getList("items.results")).containsOnlyNulls();

        read(TestTokens.integration(COUNTY), other).statusCode(404).contentType("application/problem+json");
        read(TestTokens.integration(COUNTY), UUID.randomUUID().toString()).statusCode(404);
        given().auth()
                .oauth2(TestTokens.integration(COUNTY))
                .get(BATCHES + "?reporter=service-account-county-" + NEIGHBOUR)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldShowTheOfficeAndAuditorsEveryBatch() {
        Instant start = Instant.now();
        String countyBatch = pushOne(TestTokens.integration(COUNTY), county.id);
        String neighbourBatch = pushOne(TestTokens.integration(NEIGHBOUR), neighbour.id);

        assertThat(list(TestTokens.office(), "?since=" + start)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .contains(countyBatch, neighbourBatch);
        assertThat(list(TestTokens.auditor(), "?reporter=service-account-county-" + NEIGHBOUR + "&since=" + start)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactly(neighbourBatch);
        read(TestTokens.auditor(), countyBatch).statusCode(200).body("results[0].outcome", equalTo("ACCEPTED"));
    }

    @Test
    void shouldShowAUnitsStaffTheBatchesOfTheirUnitOnly() {
        Instant start = Instant.now();
        String fgwBatch = pushOne(TestTokens.unit("t-3490-fgw"), fgw.id);

        list(TestTokens.unit("t-3490-fgw"), "?since=" + start)
                .body("items.id", org.hamcrest.Matchers.contains(fgwBatch))
                .body("items[0].unitId", equalTo("t-3490-fgw"))
                .body("items[0].reportedVia", equalTo("UNIT"));
        read(TestTokens.unit("t-3490-czj"), fgwBatch).statusCode(404);
        list(TestTokens.unit("t-3490-czj"), "?since=" + start).body("total", equalTo(0));
        read(TestTokens.integration(COUNTY), fgwBatch).statusCode(404);
    }

    @Test
    void shouldPageTheBatchesNewestFirst() {
        Instant start = Instant.now();
        String first = pushOne(TestTokens.integration(COUNTY), county.id);
        String second = pushOne(TestTokens.integration(COUNTY), county.id);
        String third = pushOne(TestTokens.integration(COUNTY), county.id);

        JsonPath page0 = list(TestTokens.integration(COUNTY), "?size=2&since=" + start)
                .extract()
                .jsonPath();
        JsonPath page1 = list(TestTokens.integration(COUNTY), "?size=2&page=1&since=" + start)
                .extract()
                .jsonPath();

        assertThat(page0.getList("items.id", String.class)).containsExactly(third, second);
        assertThat(page1.getList("items.id", String.class)).containsExactly(first);
        assertThat(page0.getLong("total")).isEqualTo(3);
        assertThat(page0.getInt("size")).isEqualTo(2);
        Instant secondAt =
                Instant.parse(read(TestTokens.office(), second).extract().path("receivedAt"));
        assertThat(list(TestTokens.office(), "?since=" + secondAt + "&reporter=service-account-county-" + COUNTY)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactly(third, second);
    }

    @Test
    void shouldRejectBadQueriesAsProblems() {
        assertRejectsParameter(BATCHES + "?since=yesterday", "since");
        assertRejectsParameter(BATCHES + "?since=+100000-01-01T00:00:00Z", "since");
        assertRejectsParameter(BATCHES + "?since=1999-12-31T23:59:59Z", "since");
        assertRejectsParameter(BATCHES + "?reporter=" + "r".repeat(201), "reporter");
        assertRejectsParameter(BATCHES + "?size=501", "size");
        assertRejectsParameter(BATCHES + "?page=-1", "page");
    }

    private String pushOne(String token, UUID assignmentId) {
        return push(token, List.of(byId(UUID.randomUUID().toString(), assignmentId)))
                .statusCode(200)
                .body("accepted", equalTo(1))
                .extract()
                .path("batchId");
    }

    private static ValidatableResponse push(String token, List<Map<String, Object>> reports) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reports", reports))
                .post("/api/progress/batch")
                .then();
    }

    private static ValidatableResponse list(String token, String query) {
        return given().auth().oauth2(token).get(BATCHES + query).then().statusCode(200);
    }

    private static ValidatableResponse read(String token, String batchId) {
        return given().auth().oauth2(token).get(BATCHES + "/" + batchId).then();
    }

    private Map<String, Object> byName(String reportId, String unitName) {
        Map<String, Object> report = report(reportId, "IN_PROGRESS");
        report.put("planId", planId);
        report.put("taskNumber", "1");
        report.put("unitName", unitName);
        return report;
    }

    private static Map<String, Object> byId(String reportId, UUID assignmentId) {
        Map<String, Object> report = report(reportId, "IN_PROGRESS");
        report.put("assignmentId", assignmentId.toString());
        return report;
    }

    private static Map<String, Object> report(String reportId, String status) {
        Map<String, Object> report = new HashMap<>();
        report.put("reportId", reportId);
        report.put("status", status);
        report.put("summary", "按计划推进");
        return report;
    }
}
