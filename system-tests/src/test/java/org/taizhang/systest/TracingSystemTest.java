package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taizhang.systest.OtlpReceiver.ReceivedSpan;

/**
 * One trace from a request through the outbox and Kafka into every service its events reach, as the services export it
 * over OTLP: the four services are restarted exporting every trace to the test's receiver (the local stack exports
 * nothing by default), and restarted with the stack's defaults afterwards. The requests carry a sampled W3C
 * traceparent, as a traced client's would, so the test knows the trace id to look for.
 */
class TracingSystemTest {

    private static final List<String> SERVICES =
            List.of("plan-service", "assignment-service", "reminder-service", "reporting-service");

    private static OtlpReceiver receiver;

    @BeforeAll
    static void exportEveryTraceToTheTestsReceiver() throws IOException {
        StackScript.assumeFaultsAllowed();
        receiver = new OtlpReceiver();
        restartServices(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "OTEL_TRACES_SAMPLER_ARG", "1",
                "OTEL_BSP_SCHEDULE_DELAY", "200ms"));
    }

    @AfterAll
    static void restoreTheStacksDefaults() {
        if (receiver == null) {
            return;
        }
        try {
            restartServices(Map.of());
        } finally {
            receiver.close();
        }
    }

    @Test
    void aPlansPublicationIsOneTraceThroughAllFourServices() {
        String plan = Plans.importDocument("mission-plan.txt", "追踪测试任务分工" + Stack.runId());
        String trace = newTraceId();

        as(Tokens.OFFICE, Stack.PLAN)
                .header("traceparent", traceParent(trace))
                .contentType("application/json")
                .body(Map.of("defaultDeadline", "年底前"))
                .post("/api/plans/" + plan + "/publish")
                .then()
                .statusCode(200)
                .body("status", Matchers.equalTo("PUBLISHED"));

        awaitTrace(
                trace,
                "the publication's trace",
                "plan-service SERVER POST /api/plans/{id}/publish",
                "plan-service PRODUCER taizhang.plans.v1 publish",
                "assignment-service CONSUMER taizhang.plans.v1 process",
                "assignment-service PRODUCER taizhang.assignments.v1 publish",
                "reminder-service CONSUMER taizhang.assignments.v1 process",
                "reporting-service CONSUMER taizhang.plans.v1 process",
                "reporting-service CONSUMER taizhang.assignments.v1 process");
    }

    @Test
    void aProgressReportIsOneTraceFromItsRequestToEveryServiceItsEventReaches() {
        String plan = Plans.importDocument("mission-plan.txt", "追踪报送任务分工" + Stack.runId());
        Plans.publish(plan);
        var assignments = Plans.awaitAssignments("assignments of the published plan", plan, 6);
        String assignment = (String) Plans.find(assignments, "2", "341800-fgw").get("id");
        String trace = newTraceId();

        var response = as(Tokens.UNIT_A, Stack.ASSIGNMENT)
                .header("traceparent", traceParent(trace))
                .contentType("application/json")
                .body(Map.of("reportId", "trace-" + Stack.runId(), "status", "IN_PROGRESS", "summary", "正在推进"))
                .post("/api/assignments/" + assignment + "/progress");
        assertThat(response.statusCode()).as("report: %s", response.asString()).isBetween(200, 201);

        // plan-service has no part in a report: no event of it reaches plan-service, which consumes none.
        awaitTrace(
                trace,
                "the report's trace",
                "assignment-service SERVER POST /api/assignments/{id}/progress",
                "assignment-service PRODUCER taizhang.assignments.v1 publish",
                "reminder-service CONSUMER taizhang.assignments.v1 process",
                "reporting-service CONSUMER taizhang.assignments.v1 process");
    }

    @Test
    void aProblemAnswerNamesItsTrace() {
        String trace = newTraceId();

        as(null, Stack.ASSIGNMENT)
                .header("traceparent", traceParent(trace))
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("traceId", Matchers.equalTo(trace));
    }

    /**
     * Waits until the trace holds a span of each expected "service KIND name" (one CONSUMER span per service and topic
     * at least: SmallRye's own Kafka spans are off, so no other span stands in for them).
     */
    private static void awaitTrace(String trace, String what, String... expected) {
        Await.until(
                "spans of " + what + " (" + trace + "): " + List.of(expected),
                Duration.ofSeconds(90),
                () -> receiver.trace(trace),
                spans -> List.of(expected).stream().allMatch(e -> spans.stream().anyMatch(s -> is(s, e))));
    }

    /** Whether the span is the "service KIND name" expected. */
    private static boolean is(ReceivedSpan span, String expected) {
        String[] parts = expected.split(" ", 3);
        return span.service().equals(parts[0])
                && span.kind().equals("SPAN_KIND_" + parts[1])
                && span.name().equals(parts[2]);
    }

    private static void restartServices(Map<String, String> environment) {
        for (String service : SERVICES) {
            StackScript.run("restarting " + service, Map.of(), "stop", service);
            StackScript.run("restarting " + service, environment, "start", service);
        }
        Health.awaitAllReady("services restarted", Duration.ofSeconds(120));
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A sampled traceparent of the trace, with a parent span of the (traced) client's own. */
    private static String traceParent(String trace) {
        byte[] span = new byte[8];
        ThreadLocalRandom.current().nextBytes(span);
        span[0] |= 1;
        return "00-" + trace + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
