package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Progress reports: a unit's one at a time, a county system's in batches. */
public final class Progress {

    private Progress() {}

    /** Pushes a batch as {@code account}; returns the answer (results, accepted, duplicates, rejected). */
    public static JsonPath batch(String account, Object body) {
        var response = as(account, Stack.ASSIGNMENT)
                .contentType("application/json")
                .body(body)
                .post("/api/progress/batch");
        assertThat(response.statusCode())
                .as("batch as %s: %s", account, response.asString())
                .isEqualTo(200);
        return response.jsonPath();
    }

    /** Completes an assignment as {@code account} with a summary and an evidence link. */
    public static void complete(String account, String assignmentId, String reportId) {
        var response = as(account, Stack.ASSIGNMENT)
                .contentType("application/json")
                .body(Map.of(
                        "reportId",
                        reportId,
                        "status",
                        "COMPLETED",
                        "summary",
                        "已在门户网站公开",
                        "percent",
                        100,
                        "evidence",
                        List.of("https://www.xuancheng.gov.cn/public/" + reportId)))
                .post("/api/assignments/" + assignmentId + "/progress");
        assertThat(response.statusCode())
                .as("completing %s as %s: %s", assignmentId, account, response.asString())
                .isBetween(200, 201);
    }

    /** Completes every assignment by one batch of {@code account}, naming them by id; all must be accepted. */
    public static void completeAllByBatch(String account, List<Map<String, Object>> assignments, String run) {
        var reports = assignments.stream()
                .map(a -> Map.of(
                        "reportId",
                        "done-" + run + "-" + a.get("id"),
                        "assignmentId",
                        a.get("id"),
                        "status",
                        "COMPLETED",
                        "summary",
                        "已完成",
                        "evidence",
                        List.of("https://www.langxi.gov.cn/public/" + a.get("id"))))
                .toList();
        var answer = batch(account, Map.of("reports", reports));
        assertThat(answer.getLong("accepted"))
                .as("county completes its plan: accepted of %d (%s)", reports.size(), answer.prettify())
                .isEqualTo(reports.size());
    }
}
