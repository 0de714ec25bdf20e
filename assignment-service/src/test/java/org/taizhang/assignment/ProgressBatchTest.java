package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.taizhang.assignment.PlanFixture.inTx;
import static org.taizhang.assignment.PlanFixture.mention;
import static org.taizhang.assignment.PlanFixture.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class ProgressBatchTest {

    private static final String CITY = "349500";
    private static final String EVIDENCE = "https://www.example.gov.cn/zwgk/2026/t2.html";

    @Inject
    PlanFixture fixture;

    private String planId;
    private Assignment fgw;
    private Assignment county;
    private Assignment countyOngoing;
    private Assignment neighbour;

    @BeforeEach
    void plan() {
        fixture.unit("t-3495-fgw", "庚市发展和改革委员会", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "市发改委");
        fixture.unit("t-349501-gov", "辛县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, "349501");
        fixture.unit("t-349502-gov", "壬县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, "349502");
        planId = fixture.publish(
                CITY,
                2026,
                List.of(
                        task(
                                "1",
                                PlanFixture.YEAR_END,
                                mention("市发改委", UnitRole.LEAD),
                                mention("辛县人民政府", UnitRole.RESPONSIBLE),
                                mention("壬县人民政府", UnitRole.RESPONSIBLE)),
                        task("2", PlanFixture.ONGOING, mention("辛县人民政府", UnitRole.RESPONSIBLE))));
        fgw = fixture.assignment(planId, "1", "t-3495-fgw");
        county = fixture.assignment(planId, "1", "t-349501-gov");
        countyOngoing = fixture.assignment(planId, "2", "t-349501-gov");
        neighbour = fixture.assignment(planId, "1", "t-349502-gov");
    }

    @Test
    void shouldJudgeEveryReportOnItsOwnAndRecogniseTheRetry() {
        String run = UUID.randomUUID().toString();
        List<Map<String, Object>> reports = List.of(
                byName(run + "-a", "1", "辛县人民政府", "IN_PROGRESS"),
                byName(run + "-b", "1", "市发改委", "IN_PROGRESS"),
                byId(run + "-c", county.id, "DONE"),
                byId(run + "-d", UUID.randomUUID(), "IN_PROGRESS"),
                byId(run + "-e", countyOngoing.id, "ONGOING"),
                withoutEvidence(byId(run + "-f", county.id, "COMPLETED")),
                byName(run + "-g", "9", "辛县人民政府", "IN_PROGRESS"),
                byId(run + "-h", neighbour.id, "IN_PROGRESS"));

        JsonPath first = batch(TestTokens.integration("349501"), reports)
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(first.getList("results.outcome", String.class))
                .containsExactly(
                        "ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "ACCEPTED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(first.getList("results.code", String.class))
                .containsExactly(
                        null,
                        "NOT_YOURS",
                        "INVALID_FIELD",
                        "UNKNOWN_ASSIGNMENT",
                        null,
                        "INVALID_FIELD",
                        "UNKNOWN_ASSIGNMENT",
                        "NOT_YOURS");
        assertThat(first.getString("results[2].reason"))
                .contains("DONE", "IN_PROGRESS")
                .doesNotContain("org.");
        assertThat(first.getString("results[0].assignmentId")).isEqualTo(county.id.toString());
        assertThat(first.getInt("accepted")).isEqualTo(2);

        JsonPath retry = batch(TestTokens.integration("349501"), reports)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(retry.getList("results.outcome", String.class))
                .containsExactly(
                        "DUPLICATE",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "DUPLICATE",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED");

        Map<String, Object> reused = byName(run + "-a", "1", "辛县人民政府", "IN_PROGRESS");
        reused.put("summary", "另一份内容");
        batch(TestTokens.integration("349501"), List.of(reused))
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].code", equalTo("CONFLICT"));

        assertThat(inTx(() -> ProgressReport.count("assignmentId in ?1", List.of(county.id, countyOngoing.id))))
                .isEqualTo(2);
        assertThat(fixture.assignment(planId, "2", "t-349501-gov").status.name())
                .isEqualTo("ONGOING");
        assertThat(fixture.assignment(planId, "1", "t-349502-gov").status.name())
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void shouldFindTheUnitUnderTheNameTheCountySystemUses() {
        batch(TestTokens.office(), List.of(byName("o-" + UUID.randomUUID(), "1.", "市发改委", "IN_PROGRESS")))
                .statusCode(200)
                .body("results[0].outcome", equalTo("ACCEPTED"))
                .body("results[0].assignmentId", equalTo(fgw.id.toString()));
    }

    @Test
    void shouldTellTasksNumberedAgainInEachSectionApartByTheirSection() {
        String sectioned = fixture.publish(
                CITY,
                2026,
                List.of(
                        PlanFixture.taskInSection(
                                "(一)围绕法治政府", "1", PlanFixture.YEAR_END, mention("辛县人民政府", UnitRole.RESPONSIBLE)),
                        PlanFixture.taskInSection(
                                "(二)围绕重点领域", "1", PlanFixture.YEAR_END, mention("辛县人民政府", UnitRole.RESPONSIBLE))));
        String secondTask = taskInSecondSection(sectioned);
        Assignment second =
                inTx(() -> Assignment.<Assignment>find("taskId = ?1 and unitId = ?2", secondTask, "t-349501-gov")
                        .firstResult());
        String run = UUID.randomUUID().toString();
        List<Map<String, Object>> reports = List.of(
                byName(run + "-plain", "1", "辛县人民政府", "IN_PROGRESS", sectioned),
                byName(run + "-bracketed", "（二）1", "辛县人民政府", "IN_PROGRESS", sectioned),
                byName(run + "-separated", "二、1", "辛县人民政府", "IN_PROGRESS", sectioned),
                byName(run + "-missing", "(三)1", "辛县人民政府", "IN_PROGRESS", sectioned));

        JsonPath answer = batch(TestTokens.integration("349501"), reports)
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getList("results.outcome", String.class))
                .containsExactly("REJECTED", "ACCEPTED", "ACCEPTED", "REJECTED");
        assertThat(answer.getString("results[0].reason")).contains("(二)1");
        assertThat(answer.getString("results[1].assignmentId")).isEqualTo(second.id.toString());
        assertThat(answer.getString("results[2].assignmentId")).isEqualTo(second.id.toString());
    }

    private static String taskInSecondSection(String planId) {
        return inTx(() -> TrackedTask.<TrackedTask>find("planId = ?1 and section = ?2", planId, "(二)围绕重点领域")
                .firstResult()
                .taskId);
    }

    @Test
    void shouldRejectBatchLargerThanLimit() {
        String run = UUID.randomUUID().toString();
        List<Map<String, Object>> tooMany = IntStream.range(0, 1001)
                .mapToObj(i -> byId(run + "-" + i, county.id, "IN_PROGRESS"))
                .toList();

        batch(TestTokens.integration("349501"), tooMany).statusCode(422).contentType("application/problem+json");
        batch(TestTokens.integration("349501"), List.of()).statusCode(422);
        given().auth()
                .oauth2(TestTokens.integration("349501"))
                .contentType(ContentType.JSON)
                .body(Map.of("reprots", List.of()))
                .post("/api/progress/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.auditor())
                .contentType(ContentType.JSON)
                .body(Map.of("reports", List.of(byId(run, county.id, "IN_PROGRESS"))))
                .post("/api/progress/batch")
                .then()
                .statusCode(403);

        assertThat(inTx(() -> ProgressReport.count("assignmentId", county.id))).isZero();
    }

    @Test
    void shouldStopReadingABatchAtTheFirstReportBeyondTheLimit() {
        // Nothing after report 1,001 is read: the broken tail would otherwise answer 400 Malformed JSON.
        String body = "{\"reports\":[" + "{},".repeat(1001) + "and no end";

        given().auth()
                .oauth2(TestTokens.integration("349501"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/progress/batch")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("The batch has more than 1000 reports; at most 1000 are taken at once"));
    }

    @Test
    void shouldRejectATooBigReportOnItsOwn() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> swollen = byId(run + "-swollen", county.id, "IN_PROGRESS");
        swollen.put("evidence", java.util.Collections.nCopies(100_000, 1));

        JsonPath answer = batch(
                        TestTokens.integration("349501"),
                        List.of(swollen, byId(run + "-fine", county.id, "IN_PROGRESS")))
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getList("results.outcome", String.class)).containsExactly("REJECTED", "ACCEPTED");
        assertThat(answer.getString("results[0].reason")).contains("too large");
        assertThat(answer.getString("results[0].reportId")).isEqualTo(run + "-swollen");
    }

    @Test
    void shouldRejectOnlyTheReportsHoldingControlCharactersAndStoreTheOthers() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> nulSummary = byId(run + "-nul", county.id, "IN_PROGRESS");
        nulSummary.put("summary", "已起草\u0000");
        Map<String, Object> nulName = byName(run + "-name", "1", "辛县人民政府\u0000", "IN_PROGRESS");
        Map<String, Object> nulLink = byId(run + "-link", countyOngoing.id, "ONGOING");
        nulLink.put("evidence", List.of(EVIDENCE, "https://www.example.gov.cn/\u0000"));
        Map<String, Object> nulId = byId(run + "-\u0000", county.id, "NOT_A_STATUS");
        Map<String, Object> multiLine = byId(run + "-lines", county.id, "IN_PROGRESS");
        multiLine.put("summary", "一、已起草\r\n二、\t待审");
        List<Map<String, Object>> reports = List.of(
                byId(run + "-first", countyOngoing.id, "ONGOING"), nulSummary, nulName, nulLink, nulId, multiLine);

        for (int attempt = 0; attempt < 2; attempt++) {
            JsonPath answer = batch(TestTokens.integration("349501"), reports)
                    .statusCode(200)
                    .extract()
                    .jsonPath();

            assertThat(answer.getList("results.outcome", String.class))
                    .containsExactly(
                            attempt == 0 ? "ACCEPTED" : "DUPLICATE",
                            "REJECTED",
                            "REJECTED",
                            "REJECTED",
                            "REJECTED",
                            attempt == 0 ? "ACCEPTED" : "DUPLICATE");
            assertThat(answer.getList("results.reason", String.class).subList(1, 4))
                    .containsExactly(
                            "summary holds a control character (U+0000) at position 4; send plain text",
                            "unitName holds a control character (U+0000) at position 7; send plain text",
                            "evidence[1] holds a control character (U+0000) at position 28; send plain text");
        }
        assertThat(inTx(() -> ProgressReport.count("clientReportId like ?1", run + "-%")))
                .isEqualTo(2);
        assertThat(fixture.assignment(planId, "1", "t-349501-gov").lastSummary).isEqualTo("一、已起草\r\n二、\t待审");
    }

    @Test
    void shouldRejectOnlyTheBackdatedReportsOfABatch() {
        String run = UUID.randomUUID().toString();
        Map<String, Object> epoch = byId(run + "-epoch", county.id, "IN_PROGRESS");
        epoch.put("reportedAt", "1970-01-01T00:00:00Z");
        Map<String, Object> future = byId(run + "-future", countyOngoing.id, "ONGOING");
        future.put("reportedAt", Instant.now().plusSeconds(3600).toString());
        Map<String, Object> honest = byId(run + "-honest", county.id, "IN_PROGRESS");
        honest.put("reportedAt", Instant.now().toString());

        JsonPath answer = batch(TestTokens.integration("349501"), List.of(epoch, future, honest))
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getList("results.outcome", String.class)).containsExactly("REJECTED", "REJECTED", "ACCEPTED");
        assertThat(answer.getString("results[0].reason")).contains("is before the assignment existed");
        assertThat(answer.getString("results[1].reason")).isEqualTo("reportedAt is in the future");
    }

    @Test
    void shouldCountARetryRacingItsOriginalOnce() throws Exception {
        ProgressTest.assignedDaysAgo(county, 1);
        ProgressTest.assignedDaysAgo(countyOngoing, 1);
        String run = UUID.randomUUID().toString();
        Instant start = Instant.now().minusSeconds(3600);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> report = byId(run + "-" + i, i % 2 == 0 ? county.id : countyOngoing.id, "IN_PROGRESS");
            report.put("summary", "第" + i + "次");
            report.put("reportedAt", start.plusSeconds(i).toString());
            reports.add(report);
        }
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<CompletableFuture<JsonPath>> answers = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            answers.add(CompletableFuture.supplyAsync(
                    () -> batch(TestTokens.integration("349501"), reports)
                            .statusCode(200)
                            .extract()
                            .jsonPath(),
                    clients));
        }
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<JsonPath> answer : answers) {
            outcomes.addAll(answer.get().getList("results.outcome", String.class));
        }
        clients.shutdown();

        assertThat(outcomes).filteredOn("ACCEPTED"::equals).hasSize(300);
        assertThat(outcomes).filteredOn("DUPLICATE"::equals).hasSize(900);
        assertThat(inTx(() -> ProgressReport.count("clientReportId like ?1", run + "-%")))
                .isEqualTo(300);
        assertThat(fixture.assignment(planId, "1", "t-349501-gov").lastSummary).isEqualTo("第298次");
    }

    private static ValidatableResponse batch(String token, List<Map<String, Object>> reports) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reports", reports))
                .post("/api/progress/batch")
                .then();
    }

    private Map<String, Object> byName(String reportId, String taskNumber, String unitName, String status) {
        return byName(reportId, taskNumber, unitName, status, planId);
    }

    private static Map<String, Object> byName(
            String reportId, String taskNumber, String unitName, String status, String planId) {
        Map<String, Object> report = report(reportId, status);
        report.put("planId", planId);
        report.put("taskNumber", taskNumber);
        report.put("unitName", unitName);
        return report;
    }

    private static Map<String, Object> byId(String reportId, UUID assignmentId, String status) {
        Map<String, Object> report = report(reportId, status);
        report.put("assignmentId", assignmentId.toString());
        return report;
    }

    private static Map<String, Object> report(String reportId, String status) {
        Map<String, Object> report = new HashMap<>();
        report.put("reportId", reportId);
        report.put("status", status);
        report.put("summary", "按计划推进");
        report.put("evidence", List.of(EVIDENCE));
        return report;
    }

    private static Map<String, Object> withoutEvidence(Map<String, Object> report) {
        report.remove("evidence");
        return report;
    }
}
