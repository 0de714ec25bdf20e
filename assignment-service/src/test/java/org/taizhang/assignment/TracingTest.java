package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

/**
 * Traces across the event plumbing: a plan event's trace goes on, through the consumer, the outbox and the relay, on
 * the assignments' events; a problem answer names the request's trace. The traceparents sent are not sampled, so
 * nothing is exported, but the trace id travels all the same.
 */
@QuarkusTest
class TracingTest {

    private static final String CITY = "349300";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldCarryAPlanEventsTraceOntoTheEventsOfTheAssignmentsItMakes() {
        unit("t-3493-fgw", "甲市发展和改革委员会", "DEPARTMENT", "CITY", CITY);
        String trace = traceId();
        String planId = UUID.randomUUID().toString();
        PlanPublished published = new PlanPublished(
                planId,
                "甲市计划",
                2026,
                CITY,
                "甲市",
                "CITY",
                null,
                List.of(new TaskSnapshot(
                        planId + "-t1",
                        "1",
                        List.of("一、测试"),
                        "公开规划",
                        null,
                        new Deadline("年底前", DeadlineKind.FIXED, LocalDate.of(2026, 12, 31), null),
                        List.of(new UnitMention("甲市发改委", "甲市发改委", UnitRole.LEAD, false, false)),
                        null)),
                "office",
                Instant.now());
        ProducerRecord<String, String> record = CloudEventHeaders.toRecord(
                EventEnvelope.wrap(published, "/taizhang/plan-service", EventCodec.instance()));
        record.headers().add("traceparent", ("00-" + trace + "-00f067aa0ba902b7-00").getBytes(StandardCharsets.UTF_8));

        new TopicProbe(bootstrapServers).send(List.of(record));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> Assignment.count("planId", planId)) == 1);

        // The task's new assignments are announced together, keyed by the task.
        List<ConsumerRecord<String, String>> created =
                new TopicProbe(bootstrapServers).readAll("taizhang.assignments.v1", planId + "-t1", 1);
        assertThat(created).isNotEmpty().allSatisfy(event -> {
            Header header = event.headers().lastHeader("traceparent");
            assertThat(header).as("traceparent of %s", event.key()).isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8))
                    .startsWith("00-" + trace + "-")
                    .doesNotContain("00f067aa0ba902b7");
        });
    }

    @Test
    void shouldNameTheRequestsTraceInAProblemAnswer() {
        String trace = traceId();

        given().auth()
                .oauth2(TestTokens.unit("t-3493-fgw"))
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-00")
                .get("/api/assignments/" + UUID.randomUUID())
                .then()
                .contentType("application/problem+json")
                .body("traceId", equalTo(trace));
        given().get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("traceId", matchesPattern("[0-9a-f]{32}"));
    }

    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void unit(String id, String name, String kind, String level, String region) {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", name, "kind", kind, "level", level, "regionCode", region))
                .post("/api/units");
    }
}
