package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress pushed by county X in batches while a fault happens; each batch is retried, as a county system would, until
 * it is answered. Afterwards the counts must agree: sent = accepted + duplicates = reports in assignment-service =
 * IN_PROGRESS assignments in the read model.
 */
public final class FaultLoad {

    private static final int TASKS = 30;
    private static final int BATCH = 3;

    private FaultLoad() {}

    /** Pushes the load, runs {@code fault} once the first batches are in, and checks the counts afterwards. */
    public static void run(String fault, Runnable injectFault) throws Exception {
        String run = Stack.runId();
        String plan = Plans.importDocument("fault.txt", Plans.countyTasks(TASKS), "系统测试故障" + run);
        Plans.publish(plan);
        List<Map<String, Object>> mine = Plans.awaitAssignments(fault + ": assignments", plan, TASKS * 4).stream()
                .filter(a -> "341821".equals(a.get("regionCode")))
                .toList();
        assertThat(mine).as("%s: county X's assignments", fault).hasSize(TASKS);

        AtomicLong accepted = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong sentBatches = new AtomicLong();
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            for (int from = 0; from < TASKS; from += BATCH) {
                String body = batch(mine.subList(from, from + BATCH), run);
                var answer = sendUntilAnswered(fault, body);
                accepted.addAndGet(answer.getLong("accepted"));
                duplicates.addAndGet(answer.getLong("duplicates"));
                sentBatches.incrementAndGet();
                pause(300);
            }
        });
        while (sentBatches.get() < 2 && !load.isDone()) {
            pause(100);
        }
        injectFault.run();
        load.get();

        assertThat(accepted.get() + duplicates.get())
                .as("%s: accepted %d + duplicates %d vs reports sent", fault, accepted.get(), duplicates.get())
                .isEqualTo(TASKS);
        long inAssignmentService = Await.until(
                fault + ": reports in assignment-service",
                Duration.ofSeconds(120),
                () -> mine.stream().mapToLong(a -> reports(a.get("id"))).sum(),
                n -> n >= TASKS);
        assertThat(inAssignmentService)
                .as("%s: reports in assignment-service vs sent", fault)
                .isEqualTo(TASKS);
        long inReadModel = Await.until(
                fault + ": read model catches up",
                Duration.ofSeconds(180),
                () -> Plans.summary(plan).getLong("assignmentsByStatus.IN_PROGRESS"),
                n -> n >= TASKS);
        assertThat(inReadModel)
                .as("%s: IN_PROGRESS in the read model vs reports sent", fault)
                .isEqualTo(TASKS);
        Health.awaitAllReady(fault, Duration.ofSeconds(90));
    }

    private static io.restassured.path.json.JsonPath sendUntilAnswered(String fault, String body) {
        Instant deadline = Instant.now().plusSeconds(180);
        while (true) {
            try {
                var response = as(Tokens.COUNTY_X, Stack.ASSIGNMENT)
                        .contentType("application/json")
                        .body(body)
                        .post("/api/progress/batch");
                if (response.statusCode() == 200) {
                    return response.jsonPath();
                }
            } catch (Exception connectionRefused) {
                // the service is down: try again, as a county system would
            }
            assertThat(Instant.now()).as("%s: a batch still unanswered", fault).isBefore(deadline);
            pause(1_000);
        }
    }

    private static long reports(Object assignmentId) {
        List<?> reports = as(Tokens.COUNTY_X, Stack.ASSIGNMENT)
                .get("/api/assignments/" + assignmentId + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        return reports.size();
    }

    private static String batch(List<Map<String, Object>> assignments, String run) {
        StringBuilder json = new StringBuilder("{\"reports\":[");
        for (int i = 0; i < assignments.size(); i++) {
            Object id = assignments.get(i).get("id");
            json.append(i == 0 ? "" : ",")
                    .append(
                            "{\"reportId\":\"f-%s-%s\",\"assignmentId\":\"%s\",\"status\":\"IN_PROGRESS\",\"summary\":\"推进中\"}"
                                    .formatted(run, id, id));
        }
        return json.append("]}").toString();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
