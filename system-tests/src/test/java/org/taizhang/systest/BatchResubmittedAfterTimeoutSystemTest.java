package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A county system whose batch timed out sends it again: every report counted once, in both services. */
class BatchResubmittedAfterTimeoutSystemTest {

    private static final int TASKS = 20;

    @Test
    void aBatchResentAfterAClientTimeoutCountsEveryReportExactlyOnce() throws Exception {
        String run = Stack.runId();
        String plan = Plans.importDocument("timeout.txt", Plans.countyTasks(TASKS), "系统测试超时重发" + run);
        Plans.publish(plan);
        List<Map<String, Object>> all = Plans.awaitAssignments("assignments of the plan", plan, TASKS * 4);
        List<Map<String, Object>> mine =
                all.stream().filter(a -> "341821".equals(a.get("regionCode"))).toList();
        assertThat(mine).as("county X's assignments").hasSize(TASKS);
        String body = batch(mine, run);

        // The first send gives up after a few milliseconds, whether or not the server went on with it.
        HttpClient client = HttpClient.newHttpClient();
        try {
            client.send(request(body, Duration.ofMillis(5)), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException expected) {
            // what the county system saw
        }
        Thread.sleep(1_000);
        var again = Progress.batch(Tokens.COUNTY_X, body);
        long accepted = again.getLong("accepted");
        long duplicates = again.getLong("duplicates");
        assertThat(accepted + duplicates)
                .as("resent batch: accepted %d + duplicates %d vs reports sent", accepted, duplicates)
                .isEqualTo(TASKS);

        int inAssignmentService = 0;
        for (var a : mine) {
            List<?> reports = as(Tokens.COUNTY_X, Stack.ASSIGNMENT)
                    .get("/api/assignments/" + a.get("id") + "/progress")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("$");
            assertThat(reports)
                    .as("reports of assignment %s in assignment-service", a.get("id"))
                    .hasSize(1);
            inAssignmentService += reports.size();
        }
        assertThat(inAssignmentService)
                .as("reports in assignment-service vs sent")
                .isEqualTo(TASKS);
        long inReadModel = Await.until(
                "read model catches up with the resent batch",
                Duration.ofSeconds(60),
                () -> Plans.summary(plan).getLong("assignmentsByStatus.IN_PROGRESS"),
                n -> n >= TASKS);
        assertThat(inReadModel)
                .as("IN_PROGRESS assignments in the read model vs reports accepted")
                .isEqualTo(TASKS);
    }

    private static String batch(List<Map<String, Object>> assignments, String run) {
        StringBuilder json = new StringBuilder("{\"reports\":[");
        for (int i = 0; i < assignments.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append(
                            "{\"reportId\":\"to-%s-%d\",\"assignmentId\":\"%s\",\"status\":\"IN_PROGRESS\",\"summary\":\"推进中\"}"
                                    .formatted(run, i, assignments.get(i).get("id")));
        }
        return json.append("]}").toString();
    }

    private static HttpRequest request(String body, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(Stack.ASSIGNMENT + "/api/progress/batch"))
                .timeout(timeout)
                .header("Authorization", "Bearer " + Tokens.of(Tokens.COUNTY_X))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
