package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.plan.entity.PlanDiagnostic;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class PlanDiagnosticsTest {

    /** Row 1: unreadable deadline, row 2: no unit, row 3: unreadable deadline, row 4: an extra cell, row 5: 有关. */
    private static final String TABLE = "序号|工作任务|责任单位|完成时限\n"
            + "1|主动公开规划纲要|市发改委|适时\n"
            + "2|归集历史规划||年底前\n"
            + "3|公开财政预决算信息|市财政局|尽快\n"
            + "4|做好政策解读|市政府办公室|年底前|多余的一格\n"
            + "5|做好舆情回应|市有关单位|年底前\n";

    @Test
    void shouldDropTheUnparsedDeadlineOnceTheOfficeFixesIt() {
        String planId = imported();
        String taskId = taskId(planId, 0);
        assertThat(codesOf(planId, taskId)).contains("UNPARSED_DEADLINE");

        change(planId, taskId, Map.of("title", "主动公开规划纲要", "deadline", "年底前", "responsibleUnits", "市发改委"))
                .statusCode(200)
                .body("deadline.kind", equalTo("FIXED"));

        assertThat(codesOf(planId, taskId)).isEmpty();
        assertThat(codesOf(planId, taskId(planId, 2))).contains("UNPARSED_DEADLINE");
    }

    @Test
    void shouldDropMissingUnitsOnceTheOfficeNamesThem() {
        String planId = imported();
        String taskId = taskId(planId, 1);
        assertThat(codesOf(planId, taskId)).containsExactly("MISSING_UNITS");

        change(planId, taskId, Map.of("title", "归集历史规划", "deadline", "年底前", "responsibleUnits", "市自然资源局"))
                .statusCode(200);

        assertThat(codesOf(planId, taskId)).isEmpty();
    }

    @Test
    void shouldKeepOneDiagnosticForADeadlineThatIsStillUnreadable() {
        String planId = imported();
        String taskId = taskId(planId, 2);
        assertThat(codesOf(planId, taskId)).containsExactlyInAnyOrder("SHIFTED_ROW", "UNPARSED_DEADLINE");
        Map<String, Object> stillUnclear = Map.of("title", "公开财政预决算信息", "deadline", "尽快完成", "responsibleUnits", "市财政局");

        change(planId, taskId, stillUnclear).statusCode(200);
        change(planId, taskId, stillUnclear).statusCode(200);

        assertThat(diagnostics(planId).stream().filter(d -> taskId.equals(d.get("taskId"))))
                .extracting(d -> d.get("code"), d -> d.get("message"), d -> d.get("taskPosition"))
                .containsExactly(tuple("UNPARSED_DEADLINE", "第3项任务的时限“尽快完成”无法识别，请核对。 (Deadline not understood.)", 2));
    }

    @Test
    void shouldSettleARowsLayoutDiagnosticsWithTheOfficesEdit() {
        String planId = imported();
        String taskId = taskId(planId, 3);
        assertThat(codesOf(planId, taskId)).contains("EXTRA_CELL");

        change(planId, taskId, Map.of("title", "做好政策解读", "deadline", "年底前", "responsibleUnits", "市政府办公室"))
                .statusCode(200);

        assertThat(codesOf(planId, taskId)).isEmpty();
    }

    @Test
    void shouldCheckATaskTheOfficeAdds() {
        String planId = imported();

        String taskId = PlanApi.addTask(planId, Map.of("title", "新增的任务", "deadline", "适时"));

        assertThat(diagnostics(planId).stream().filter(d -> taskId.equals(d.get("taskId"))))
                .extracting(d -> d.get("code"), d -> d.get("taskPosition"))
                .containsExactly(tuple("UNPARSED_DEADLINE", 5), tuple("MISSING_UNITS", 5));
    }

    @Test
    void shouldTakeADeletedTasksDiagnosticsAlong() {
        String planId = imported();
        String taskId = taskId(planId, 0);
        int before = diagnostics(planId).size();

        given().auth()
                .oauth2(TestTokens.office())
                .delete("/api/plans/" + planId + "/tasks/" + taskId)
                .then()
                .statusCode(204);

        assertThat(codesOf(planId, taskId)).isEmpty();
        assertThat(diagnostics(planId)).hasSize(before - 2);
    }

    @Test
    void shouldRecheckAnUntouchedImportToWhatTheImportFound() {
        String planId = imported();
        List<Map<String, Object>> imported = diagnostics(planId);

        List<Map<String, Object>> rechecked = recheck(planId, TestTokens.office())
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");

        assertThat(rechecked).containsExactlyInAnyOrderElementsOf(imported);
        assertThat(rechecked).extracting(d -> d.get("code")).contains("SHIFTED_ROW", "EXTRA_CELL", "AMBIGUOUS_UNITS");
        assertThat(diagnostics(planId)).isEqualTo(rechecked);
    }

    @Test
    void shouldReplaceStaleDiagnosticsAndKeepTheDocumentsOnRecheck() {
        String planId = PlanApi.draftWithTwoTasks("旧诊断需要重新检查的计划");
        String fixed = taskId(planId, 0);
        String open = taskId(planId, 1);
        stored(planId, null, null, "NO_HEADER", "未识别到表头，请核对。");
        stored(planId, fixed, 0, "UNPARSED_DEADLINE", "第1项任务没有完成时限，请补充。");
        stored(planId, fixed, 0, "SHIFTED_ROW", "第1项任务的单元格与表头错位，请核对。");
        stored(planId, open, 1, "UNPARSED_DEADLINE", "第2项任务没有完成时限，请补充。");

        List<Map<String, Object>> rechecked = recheck(planId, TestTokens.office())
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");

        assertThat(rechecked)
                .extracting(d -> d.get("taskId"), d -> d.get("code"))
                .containsExactly(
                        tuple(null, "NO_HEADER"), tuple(fixed, "SHIFTED_ROW"), tuple(open, "UNPARSED_DEADLINE"));
        assertThat(diagnostics(planId)).isEqualTo(rechecked);
    }

    @Test
    void shouldSettleTheDeadlinesGivenAtPublication() {
        String planId = PlanApi.draftWithTwoTasks("发布时补时限的计划");
        assertThat(diagnostics(planId)).extracting(d -> d.get("code")).containsExactly("UNPARSED_DEADLINE");

        PlanApi.publish(planId, Map.of("defaultDeadline", "年底前")).statusCode(200);

        assertThat(diagnostics(planId)).isEmpty();
    }

    @Test
    void shouldRefuseToRecheckAPlanThatIsNoLongerADraft() {
        String planId = PlanApi.draftWithTwoTasks("已发布不再检查的计划");
        PlanApi.publish(planId, Map.of("defaultDeadline", "年底前")).statusCode(200);

        recheck(planId, TestTokens.office())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("PUBLISHED"));
        recheck(UUID.randomUUID().toString(), TestTokens.office())
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldLetOnlyTheOfficeRecheck() {
        String planId = imported();
        List<Map<String, Object>> before = diagnostics(planId);

        for (String token :
                new String[] {TestTokens.auditor(), TestTokens.unit("u-1"), TestTokens.integration("341821")}) {
            recheck(planId, token).statusCode(403).contentType("application/problem+json");
        }
        recheck(planId, null).statusCode(401).contentType("application/problem+json");

        assertThat(diagnostics(planId)).isEqualTo(before);
    }

    private static String imported() {
        return given().auth()
                .oauth2(TestTokens.office())
                .multiPart("file", "plan.txt", TABLE.getBytes(StandardCharsets.UTF_8))
                .multiPart("year", "2026")
                .multiPart("regionCode", "341800")
                .post("/api/plans/import")
                .then()
                .statusCode(201)
                .extract()
                .path("plan.id");
    }

    private static String taskId(String planId, int index) {
        return PlanApi.tasks(planId, TestTokens.office()).extract().path("[" + index + "].id");
    }

    private static ValidatableResponse change(String planId, String taskId, Map<String, Object> task) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(new HashMap<>(task))
                .put("/api/plans/" + planId + "/tasks/" + taskId)
                .then();
    }

    private static ValidatableResponse recheck(String planId, String token) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.post("/api/plans/" + planId + "/diagnostics/recheck").then();
    }

    private static List<Map<String, Object>> diagnostics(String planId) {
        return given().auth()
                .oauth2(TestTokens.auditor())
                .get("/api/plans/" + planId + "/diagnostics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static List<Object> codesOf(String planId, String taskId) {
        return diagnostics(planId).stream()
                .filter(d -> taskId.equals(d.get("taskId")))
                .map(d -> d.get("code"))
                .toList();
    }

    /** A diagnostic as a plan imported before diagnostics followed edits may still hold. */
    private static void stored(String planId, String taskId, Integer taskPosition, String code, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            Integer last = PlanDiagnostic.find(
                            "select max(position) from PlanDiagnostic where planId = ?1", UUID.fromString(planId))
                    .project(Integer.class)
                    .firstResult();
            PlanDiagnostic.of(
                            UUID.fromString(planId),
                            last == null ? 0 : last + 1,
                            taskId == null ? null : UUID.fromString(taskId),
                            taskPosition,
                            code,
                            message)
                    .persist();
        });
    }
}
