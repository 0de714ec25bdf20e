package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.taizhang.assignment.PlanFixture.inTx;
import static org.taizhang.assignment.PlanFixture.mention;
import static org.taizhang.assignment.PlanFixture.task;
import static org.taizhang.assignment.service.ReportOutcome.Outcome.ACCEPTED;
import static org.taizhang.assignment.service.ReportOutcome.Outcome.DUPLICATE;
import static org.taizhang.assignment.service.ReportOutcome.Outcome.REJECTED;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.assignment.service.ProgressService;
import org.taizhang.assignment.service.ReportOutcome;
import org.taizhang.assignment.service.SingleReport;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

@QuarkusTest
class ProgressTest {

    private static final String CITY = "349600";
    private static final String EVIDENCE = "https://www.example.gov.cn/zwgk/2026/t1.html";

    @Inject
    PlanFixture fixture;

    @Inject
    ProgressService progress;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Assignment fgw;
    private Assignment county;

    @BeforeEach
    void plan() {
        fixture.unit("t-3496-fgw", "戊市发展和改革委员会", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY, "市发改委");
        fixture.unit("t-349601-gov", "己县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, "349601");
        String planId = fixture.publish(
                CITY,
                2026,
                List.of(task(
                        "1",
                        PlanFixture.YEAR_END,
                        mention("市发改委", UnitRole.LEAD),
                        mention("己县人民政府", UnitRole.RESPONSIBLE))));
        fgw = fixture.assignment(planId, "1", "t-3496-fgw");
        county = fixture.assignment(planId, "1", "t-349601-gov");
    }

    @Test
    void shouldRecordAReportMoveTheStatusAndPublishBothEvents() {
        String location = report(
                        TestTokens.unit("t-3496-fgw"), fgw.id, body("r-" + UUID.randomUUID(), "IN_PROGRESS", "已起草", 40))
                .statusCode(201)
                .body("status", equalTo("IN_PROGRESS"))
                .body("previousStatus", equalTo("NOT_STARTED"))
                .body("reportedVia", equalTo("UNIT"))
                .header("Location", containsString("/api/assignments/" + fgw.id + "/progress/"))
                .extract()
                .header("Location");
        given().auth()
                .oauth2(TestTokens.office())
                .get(URI.create(location).getPath())
                .then()
                .statusCode(200)
                .body("summary", equalTo("已起草"))
                .body("percent", equalTo(40))
                .body("evidence", equalTo(List.of(EVIDENCE)))
                .body("reportedBy", equalTo("unit-t-3496-fgw"));

        given().auth()
                .oauth2(TestTokens.unit("t-3496-fgw"))
                .get("/api/assignments/" + fgw.id)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("percent", equalTo(40))
                .body("lastSummary", equalTo("已起草"));
        given().auth()
                .oauth2(TestTokens.auditor())
                .get("/api/assignments/" + fgw.id + "/audit")
                .then()
                .statusCode(200)
                .body("action", equalTo(List.of("CREATED", "PROGRESS_REPORTED")))
                .body("[1].before.status", equalTo("NOT_STARTED"))
                .body("[1].after.status", equalTo("IN_PROGRESS"))
                .body("[1].actor", equalTo("unit-t-3496-fgw"));
        // Its creation went out with the task's other new assignments, keyed by the task.
        var events = new TopicProbe(bootstrapServers).readAll("taizhang.assignments.v1", fgw.id.toString(), 2);
        assertThat(events)
                .extracting(r -> new String(r.headers().lastHeader("ce_type").value()))
                .containsExactly("taizhang.progress.reported.v1", "taizhang.assignment.status-changed.v1");
        assertThat(new TopicProbe(bootstrapServers).readAll("taizhang.assignments.v1", fgw.taskId, 1))
                .extracting(r -> new String(r.headers().lastHeader("ce_type").value()))
                .containsExactly("taizhang.assignments.created.v1");
    }

    @Test
    void shouldAnswerARetryWithTheFirstReportAndRefuseAReusedId() {
        String reportId = "r-" + UUID.randomUUID();
        String first = report(TestTokens.unit("t-3496-fgw"), fgw.id, body(reportId, "IN_PROGRESS", "已起草", 40))
                .statusCode(201)
                .extract()
                .path("id");

        report(TestTokens.unit("t-3496-fgw"), fgw.id, body(reportId, "IN_PROGRESS", "已起草", 40))
                .statusCode(200)
                .body("id", equalTo(first));
        report(TestTokens.unit("t-3496-fgw"), fgw.id, body(reportId, "IN_PROGRESS", "已起草", 60))
                .statusCode(409)
                .contentType("application/problem+json");

        assertThat(reportsOf(fgw)).isEqualTo(1);
        assertThat(fixture.assignment(fgw.planId, "1", fgw.unitId).percent).isEqualTo(40);
    }

    @Test
    void shouldRequireASummaryAndEvidenceToComplete() {
        Map<String, Object> bare = body(null, "COMPLETED", null, null);
        bare.remove("evidence");

        report(TestTokens.unit("t-3496-fgw"), fgw.id, bare)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", startsWith("INVALID_FIELD"));
        report(TestTokens.unit("t-3496-fgw"), fgw.id, body(null, "ONGOING", "持续", null))
                .statusCode(422)
                .body("detail", startsWith("INVALID_TRANSITION"));

        assertThat(reportsOf(fgw)).isZero();
    }

    @Test
    void shouldLetOnlyTheOfficeReopenACompletedAssignment() {
        report(TestTokens.unit("t-3496-fgw"), fgw.id, body(null, "COMPLETED", "已公开", null))
                .statusCode(201);

        report(TestTokens.unit("t-3496-fgw"), fgw.id, body(null, "IN_PROGRESS", "补充", null))
                .statusCode(422);
        report(TestTokens.office(), fgw.id, body(null, "IN_PROGRESS", "材料不全，退回", null))
                .statusCode(201)
                .body("reportedVia", equalTo("OFFICE"));

        Assignment reopened = fixture.assignment(fgw.planId, "1", fgw.unitId);
        assertThat(reopened.status.name()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.completedAt).isNull();
        assertThat(inTx(() -> AuditEntry.<AuditEntry>list("assignmentId = ?1 order by at", fgw.id)))
                .extracting(e -> e.action.name())
                .containsExactly("CREATED", "PROGRESS_REPORTED", "REOPENED");
    }

    @Test
    void shouldDenyOtherUnitsOtherRegionsAndAuditorsWritingNothing() {
        Map<String, Object> report = body(null, "IN_PROGRESS", "越权", 10);

        report(TestTokens.unit("t-3496-fgw"), county.id, report)
                .statusCode(403)
                .contentType("application/problem+json");
        report(TestTokens.integration("349602"), county.id, report).statusCode(403);
        report(TestTokens.auditor(), county.id, report).statusCode(403);
        report(TestTokens.unit("t-3496-fgw"), UUID.randomUUID(), report).statusCode(404);

        assertThat(reportsOf(county)).isZero();
        assertThat(inTx(() -> AuditEntry.count("assignmentId", county.id))).isEqualTo(1);
        assertThat(fixture.assignment(county.planId, "1", county.unitId).status.name())
                .isEqualTo("NOT_STARTED");
        report(TestTokens.integration("349601"), county.id, report).statusCode(201);
        given().auth()
                .oauth2(TestTokens.unit("t-3496-fgw"))
                .get("/api/assignments/" + county.id + "/progress")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldKeepAnOlderReportInTheHistoryWithoutUndoingANewerOne() {
        assignedDaysAgo(county, 30);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> newer = body(null, "COMPLETED", "已公开", null);
        newer.put("reportedAt", now.toString());
        Map<String, Object> older = body(null, "IN_PROGRESS", "起草中", 50);
        older.put("reportedAt", now.minus(3, ChronoUnit.DAYS).toString());

        report(TestTokens.integration("349601"), county.id, newer).statusCode(201);
        report(TestTokens.integration("349601"), county.id, older)
                .statusCode(201)
                .body("applied", equalTo(false));

        assertThat(fixture.assignment(county.planId, "1", county.unitId).status.name())
                .isEqualTo("COMPLETED");
        given().auth()
                .oauth2(TestTokens.integration("349601"))
                .get("/api/assignments/" + county.id + "/progress")
                .then()
                .statusCode(200)
                .body("status", equalTo(List.of("IN_PROGRESS", "COMPLETED")))
                .body("reportedAt", equalTo(List.of(older.get("reportedAt"), newer.get("reportedAt"))))
                .body("applied", equalTo(List.of(false, true)));
    }

    @Test
    void shouldRefuseAReportHoldingAControlCharacterAndStoreNothing() {
        report(TestTokens.unit("t-3496-fgw"), fgw.id, body("r-" + UUID.randomUUID(), "IN_PROGRESS", "已起草\u0000", 40))
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("INVALID_FIELD: summary holds a control character (U+0000) at position 4;"
                                + " send plain text"));
        report(TestTokens.unit("t-3496-fgw"), fgw.id, body("r-\u0000", "IN_PROGRESS", "已起草", 40))
                .statusCode(422)
                .body("detail", startsWith("INVALID_FIELD: reportId holds a control character (U+0000)"));

        assertThat(reportsOf(fgw)).isZero();
    }

    @Test
    void shouldRefuseAReportDatedBeforeTheAssignmentOrLongBeforeItArrived() {
        Map<String, Object> epoch = body(null, "IN_PROGRESS", "已起草", 40);
        epoch.put("reportedAt", "1970-01-01T00:00:00Z");
        report(TestTokens.unit("t-3496-fgw"), fgw.id, epoch)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("reportedAt 1970-01-01T00:00:00Z is before the assignment existed"));

        assignedDaysAgo(fgw, 60);
        Map<String, Object> monthBack = body(null, "IN_PROGRESS", "已起草", 40);
        monthBack.put("reportedAt", Instant.now().minus(30, ChronoUnit.DAYS).toString());
        report(TestTokens.unit("t-3496-fgw"), fgw.id, monthBack)
                .statusCode(422)
                .body("detail", containsString("is more than 7 days before the report was received"));
        Map<String, Object> tomorrow = body(null, "IN_PROGRESS", "已起草", 40);
        tomorrow.put("reportedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        report(TestTokens.unit("t-3496-fgw"), fgw.id, tomorrow)
                .statusCode(422)
                .body("detail", containsString("reportedAt is in the future"));

        assertThat(reportsOf(fgw)).isZero();
    }

    @Test
    void shouldJudgeCompletionOnWhenTheReportArrivedNotTheDateItClaims() {
        assignedDaysAgo(county, 60);
        Map<String, Object> backdated = body("r-" + UUID.randomUUID(), "COMPLETED", "已公开", null);
        Instant claimed = Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        backdated.put("reportedAt", claimed.toString());

        Instant received = Instant.parse(report(TestTokens.integration("349601"), county.id, backdated)
                .statusCode(201)
                .body("reportedAt", equalTo(claimed.toString()))
                .extract()
                .path("receivedAt"));

        Assignment after = fixture.assignment(county.planId, "1", county.unitId);
        assertThat(received).isAfter(claimed.plus(5, ChronoUnit.DAYS));
        assertThat(after.completedAt).isEqualTo(received);
        assertThat(after.lastReportAt).isEqualTo(received);
        var reported = new TopicProbe(bootstrapServers)
                .readAll("taizhang.assignments.v1", county.id.toString(), 3).stream()
                        .map(r -> r.value())
                        .filter(v -> v.contains("\"reportedAt\""))
                        .findFirst()
                        .orElseThrow();
        assertThat(reported)
                .contains("\"reportedAt\":\"" + claimed + "\"")
                .contains("\"receivedAt\":\"" + received + "\"");
    }

    @Test
    void shouldRefuseReportsOnAClosedPlan() {
        inTx(() -> {
            TrackedPlan.<TrackedPlan>findById(fgw.planId).closedAt = Instant.now();
            return null;
        });

        report(TestTokens.unit("t-3496-fgw"), fgw.id, body(null, "IN_PROGRESS", "已起草", 40))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", startsWith("CLOSED"));

        assertThat(reportsOf(fgw)).isZero();
    }

    @Test
    void shouldGiveEachReportOfASharedTransactionItsOwnOutcome() {
        Reporter fgwUnit = new Reporter("unit-t-3496-fgw", Reporter.Via.UNIT, "t-3496-fgw", null);
        Reporter countySystem = new Reporter("county-349601", Reporter.Via.INTEGRATION, null, "349601");
        ProgressInput drafted = input("r-" + UUID.randomUUID(), AssignmentStatus.IN_PROGRESS, "已起草");
        ProgressInput elsewhere = input(null, AssignmentStatus.IN_PROGRESS, "越权");

        List<ReportOutcome> outcomes = progress.together(List.of(
                new SingleReport(fgw.id, drafted, fgwUnit),
                new SingleReport(county.id, elsewhere, fgwUnit),
                new SingleReport(county.id, input(null, AssignmentStatus.COMPLETED, "已公开"), countySystem),
                new SingleReport(fgw.id, drafted, fgwUnit),
                new SingleReport(UUID.randomUUID(), elsewhere, countySystem)));

        assertThat(outcomes)
                .extracting(ReportOutcome::outcome)
                .containsExactly(ACCEPTED, REJECTED, ACCEPTED, DUPLICATE, REJECTED);
        assertThat(outcomes.get(1).rejection().reason()).isEqualTo(Rejection.Reason.NOT_YOURS);
        assertThat(outcomes.get(4).rejection().reason()).isEqualTo(Rejection.Reason.UNKNOWN_ASSIGNMENT);
        assertThat(outcomes.get(3).report().id).isEqualTo(outcomes.get(0).report().id);
        assertThat(reportsOf(fgw)).isEqualTo(1);
        assertThat(reportsOf(county)).isEqualTo(1);
        assertThat(fixture.assignment(county.planId, "1", county.unitId).status).isEqualTo(AssignmentStatus.COMPLETED);
    }

    @Test
    void shouldRecordConcurrentReportsAndTheirRetriesExactlyOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> report = body("r-" + UUID.randomUUID(), "IN_PROGRESS", "第" + i + "次", i);
            for (int copy = 0; copy < 2; copy++) {
                answers.add(clients.submit(() -> report(TestTokens.unit("t-3496-fgw"), fgw.id, report)
                        .extract()
                        .statusCode()));
            }
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            codes.add(answer.get(30, TimeUnit.SECONDS));
        }
        clients.shutdown();

        assertThat(codes).filteredOn(code -> code == 201).hasSize(12);
        assertThat(codes).filteredOn(code -> code == 200).hasSize(12);
        assertThat(reportsOf(fgw)).isEqualTo(12);
    }

    private static ProgressInput input(String reportId, AssignmentStatus status, String summary) {
        return new ProgressInput(reportId, status, summary, null, List.of(EVIDENCE), null);
    }

    static Map<String, Object> body(String reportId, String status, String summary, Integer percent) {
        Map<String, Object> body = new HashMap<>();
        if (reportId != null) {
            body.put("reportId", reportId);
        }
        body.put("status", status);
        if (summary != null) {
            body.put("summary", summary);
        }
        if (percent != null) {
            body.put("percent", percent);
        }
        body.put("evidence", List.of(EVIDENCE));
        return body;
    }

    private static ValidatableResponse report(String token, UUID assignmentId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/assignments/" + assignmentId + "/progress")
                .then();
    }

    /** The assignment existed for a while, so that reports dated days back are honest. */
    static void assignedDaysAgo(Assignment assignment, int days) {
        inTx(() -> Assignment.update(
                "createdAt = ?1 where id = ?2", Instant.now().minus(days, ChronoUnit.DAYS), assignment.id));
    }

    private static long reportsOf(Assignment assignment) {
        return inTx(() -> ProgressReport.count("assignmentId", assignment.id));
    }
}
