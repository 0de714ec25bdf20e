package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taizhang.systest.OtlpReceiver.ReceivedSpan;

/**
 * One trace from a request through the outbox and Kafka into every service its events reach, as the services export it
 * over OTLP: the four services are restarted exporting every trace to the test's receiver (the local stack exports
 * nothing by default), and restarted with the stack's defaults afterwards. The requests carry a sampled W3C
 * traceparent, as a traced client's would, so the test knows the trace id to look for: in spans, in the webhook
 * request of an urged reminder, in problem answers and in the services' log files.
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
    void anUrgeIsOneTraceFromTheOfficesRequestToTheWebhookThatDeliversIt() throws Exception {
        String run = Stack.runId();
        String secret = "tr-secret-" + run;
        String plan = Plans.importDocument("mission-plan.txt", "追踪催办任务分工" + run);
        // Overdue since November: the plan's policy keeps the urge with the unit, whose webhook the test runs.
        Reminders.remindOverdueDaily(plan);
        try (WebhookReceiver webhook = new WebhookReceiver(secret)) {
            String subscription = Reminders.subscribe(Tokens.UNIT_A, "341800-fgw", webhook.url(), secret);
            try {
                Plans.publish(plan);
                var assignments = Plans.awaitAssignments("assignments of the urged plan", plan, 6);
                String assignment =
                        (String) Plans.find(assignments, "2", "341800-fgw").get("id");
                String trace = newTraceId();

                String reminder = urge(assignment, trace, "urge-" + run);

                var delivery = webhook.awaitAnswered(d -> d.body().contains(reminder), Duration.ofSeconds(90));
                assertThat(delivery)
                        .as("webhook delivery of the urged reminder %s", reminder)
                        .isPresent();
                String traceParent = delivery.get().traceParent();
                assertThat(traceParent).as("the webhook request's traceparent").startsWith("00-" + trace + "-");
                awaitTrace(
                        trace,
                        "the urge's trace",
                        "reminder-service SERVER POST /api/reminders/urge",
                        "reminder-service INTERNAL reminder issue",
                        "reminder-service CLIENT reminder deliver webhook",
                        "reminder-service PRODUCER taizhang.reminders.v1 publish",
                        "reporting-service CONSUMER taizhang.reminders.v1 process");
                String sentFrom = traceParent.split("-")[2];
                assertThat(receiver.trace(trace))
                        .as("the delivery span the webhook request was sent from (%s)", sentFrom)
                        .anyMatch(span -> is(span, "reminder-service CLIENT reminder deliver webhook")
                                && span.spanId().equals(sentFrom));
                awaitLogLine("reminder-service", trace, "urged by");
            } finally {
                Reminders.unsubscribe(subscription);
                Reminders.dropPolicy(plan);
            }
        }
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
     * Urges the assignment as the office in the trace; returns the reminder's id. reminder-service learns of a new
     * assignment by Kafka, so an urge that comes first finds none (404) and is sent again, in the same trace.
     */
    private static String urge(String assignment, String trace, String requestId) {
        var urged = Await.until(
                "urge of " + assignment,
                Duration.ofSeconds(90),
                () -> as(Tokens.OFFICE, Stack.REMINDER)
                        .header("traceparent", traceParent(trace))
                        .contentType("application/json")
                        .body(Map.of("assignmentId", assignment, "note", "追踪测试催办", "requestId", requestId))
                        .post("/api/reminders/urge"),
                response -> response.statusCode() != 404);
        assertThat(urged.statusCode()).as("urge: %s", urged.asString()).isEqualTo(201);
        return urged.path("id");
    }

    /** Waits until the service's log (in the stack's state dir) has a line of the trace that contains {@code text}. */
    private static void awaitLogLine(String service, String trace, String text) {
        Path log = StackScript.log(service);
        Await.until(
                "a line with trace=" + trace + " and \"" + text + "\" in " + log,
                Duration.ofSeconds(30),
                () -> linesOf(log)
                        .filter(line -> line.contains("trace=" + trace))
                        .toList(),
                lines -> lines.stream().anyMatch(line -> line.contains(text)));
    }

    private static Stream<String> linesOf(Path log) {
        try {
            // Leniently decoded: a line cut by a concurrent write must not fail the read.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
