package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Progress pushed through the real HTTP API with real tokens: single reports from N clients, and batches. */
public final class ProgressScenarios {

    private static final String EVIDENCE = "https://www.example.gov.cn/zwgk/2026/t1.html";

    private final StackClient stack;
    private final String token;
    private final List<String> assignments;

    private ProgressScenarios(StackClient stack, String token, List<String> assignments) {
        this.stack = stack;
        this.token = token;
        this.assignments = assignments;
    }

    /** Reports on every live assignment the office sees. */
    public static ProgressScenarios prepare(StackClient stack) throws Exception {
        String token = stack.userToken("office");
        return new ProgressScenarios(
                stack, token, DemoAssignments.load(stack, token).all());
    }

    public int assignmentCount() {
        return assignments.size();
    }

    /** Single reports, closed loop, from the given number of clients. */
    public LoadRunner.Run single(int clients, Duration warmUp, Duration measure) throws Exception {
        return new LoadRunner().run(clients, warmUp, measure, client -> {
            String id = randomAssignment();
            HttpResponse<String> answer =
                    stack.postJson(stack.assignment + "/api/assignments/" + id + "/progress", token, report(null));
            return answer.statusCode() == 201;
        });
    }

    /** Batches of the given size, one after another; each batch's latency is one sample. */
    public LoadRunner.Run batches(int batches, int size) throws Exception {
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder("{\"reports\":[");
            for (int i = 0; i < size; i++) {
                body.append(i == 0 ? "" : ",").append(report(randomAssignment()));
            }
            body.append("]}");
            long sent = System.nanoTime();
            HttpResponse<String> answer =
                    stack.postJson(stack.assignment + "/api/progress/batch", token, body.toString());
            if (answer.statusCode() == 200 && answer.body().contains("\"accepted\":" + size)) {
                latencies.add(System.nanoTime() - sent);
            } else {
                latencies.error();
            }
        }
        return new LoadRunner.Run(1, (System.nanoTime() - start) / 1e9, latencies);
    }

    private String randomAssignment() {
        return assignments.get(ThreadLocalRandom.current().nextInt(assignments.size()));
    }

    private static String report(String assignmentId) {
        int percent = ThreadLocalRandom.current().nextInt(1, 100);
        return "{" + (assignmentId == null ? "" : "\"assignmentId\":\"" + assignmentId + "\",")
                + "\"reportId\":\"bench-" + UUID.randomUUID() + "\",\"status\":\"IN_PROGRESS\","
                + "\"summary\":\"按计划推进，已完成阶段性工作\",\"percent\":" + percent + ",\"evidence\":[\"" + EVIDENCE
                + "\"]}";
    }
}
