package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
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

        List<ReceivedSpan> spans = awaitSpansFrom(trace, SERVICES, "the publication's trace");
        assertThat(spans)
                .as("plan-service relays PlanPublished in the trace")
                .anyMatch(s -> is(s, "plan-service", "PRODUCER", "taizhang.plans.v1 publish"));
        assertThat(spans)
                .as("assignment-service applies it and relays the assignments' events in the trace")
                .anyMatch(s -> is(s, "assignment-service", "CONSUMER", "taizhang.plans.v1 process"))
                .anyMatch(s -> is(s, "assignment-service", "PRODUCER", "taizhang.assignments.v1 publish"));
        assertThat(spans)
                .as("reminder-service and reporting-service apply them in the trace")
                .anyMatch(s -> is(s, "reminder-service", "CONSUMER", "taizhang.assignments.v1 process"))
                .anyMatch(s -> is(s, "reporting-service", "CONSUMER", "taizhang.assignments.v1 process"));
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
        List<ReceivedSpan> spans = awaitSpansFrom(
                trace, List.of("assignment-service", "reminder-service", "reporting-service"), "the report's trace");
        assertThat(spans)
                .as("the report's request, its event relayed and applied, all in one trace")
                .anyMatch(s -> is(s, "assignment-service", "SERVER", null))
                .anyMatch(s -> is(s, "assignment-service", "PRODUCER", "taizhang.assignments.v1 publish"))
                .anyMatch(s -> is(s, "reminder-service", "CONSUMER", "taizhang.assignments.v1 process"))
                .anyMatch(s -> is(s, "reporting-service", "CONSUMER", "taizhang.assignments.v1 process"));
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

    private static List<ReceivedSpan> awaitSpansFrom(String trace, List<String> services, String what) {
        return Await.until(
                "spans of " + what + " (" + trace + ") from " + services,
                Duration.ofSeconds(90),
                () -> receiver.trace(trace),
                spans -> services(spans).containsAll(services));
    }

    private static Set<String> services(List<ReceivedSpan> spans) {
        return spans.stream().map(ReceivedSpan::service).collect(Collectors.toSet());
    }

    private static boolean is(ReceivedSpan span, String service, String kind, String name) {
        return span.service().equals(service)
                && span.kind().equals("SPAN_KIND_" + kind)
                && (name == null || span.name().equals(name));
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
