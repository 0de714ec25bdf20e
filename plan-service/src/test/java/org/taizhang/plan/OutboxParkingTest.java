package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.Topics;
import org.taizhang.events.outbox.Outbox;
import org.taizhang.events.outbox.OutboxRelay;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.testsupport.TopicProbe;

/**
 * The relay against the in-process broker with a small largest message on the plans topic: an event the broker refuses
 * and one over the relay's own record limit are parked, the events behind them are delivered, and an event of a parked
 * event's plan waits until an operator drops the parked one.
 */
@QuarkusTest
class OutboxParkingTest {

    /** Above the producer's batch size: below it, the producer splits a refused batch forever instead of failing it. */
    private static final int TOPIC_LIMIT = 512 * 1024;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldParkEventsKafkaWillNeverTakeAndDeliverTheEventsBehindThem() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TopicProbe topic = new TopicProbe(bootstrapServers);
        Map<String, EventEnvelope> events;
        try (AutoCloseable limit = topic.limitMessageBytes(Topics.PLANS, TOPIC_LIMIT)) {
            events = publishInOneTransaction(run);

            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            count("parked_at IS NOT NULL", run) == 2 && count("published_at IS NOT NULL", run) == 3);
            assertThat(onTopic(topic, run, 3))
                    .isEqualTo(Map.of(
                            run + "-a",
                                    List.of(
                                            events.get("a1").id(),
                                            events.get("a2").id()),
                            run + "-d", List.of(events.get("d1").id())));
            assertThat(parkReason(events.get("b1"))).startsWith("RecordTooLargeException");
            assertThat(parkReason(events.get("c1"))).contains("taizhang.outbox.max-record-bytes");
            assertThat(count("published_at IS NULL AND parked_at IS NULL", run)).isEqualTo(1);
            assertThat(parkReason(events.get("b2"))).isNull();
            assertThatOperatorsSeeTheParkedEvents(events.get("b1"));
        }

        dropParked(run);
        relay.wake();

        await().atMost(Duration.ofSeconds(60)).until(() -> count("published_at IS NOT NULL", run) == 4);
        assertThat(onTopic(topic, run, 4))
                .containsEntry(run + "-b", List.of(events.get("b2").id()));
        given().when().get("/q/health/well").then().statusCode(200);
    }

    /** a1, b1 (refused by the broker), a2, b2 (of b1's plan), c1 (over the relay's limit), d1: one relay batch. */
    private Map<String, EventEnvelope> publishInOneTransaction(String run) {
        Map<String, EventEnvelope> events = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            events.put("a1", outbox.publish(withdrawn(run + "-a", "撤回")));
            events.put("b1", outbox.publish(withdrawn(run + "-b", "撤".repeat(200_000))));
            events.put("a2", outbox.publish(withdrawn(run + "-a", "再撤回")));
            events.put("b2", outbox.publish(withdrawn(run + "-b", "撤回")));
            events.put("c1", outbox.publish(withdrawn(run + "-c", "撤".repeat(400_000))));
            events.put("d1", outbox.publish(withdrawn(run + "-d", "撤回")));
        });
        return events;
    }

    private void assertThatOperatorsSeeTheParkedEvents(EventEnvelope parked) {
        given().when()
                .get("/q/health/well")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Outbox parked events' }.data.held", equalTo(1))
                .body(containsString(parked.id()));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("taizhang_outbox_events_parked_total 2.0"))
                .body(containsString("taizhang_outbox_parked 2.0"));
        given().when().get("/q/health").then().body("checks.name", hasItem("Outbox parked events"));
    }

    private static TaskWithdrawn withdrawn(String planId, String reason) {
        return new TaskWithdrawn(planId, "t-1", reason, "office", Instant.now());
    }

    private static Map<String, List<String>> onTopic(TopicProbe topic, String run, int expected) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : topic.readAll(Topics.PLANS, run, expected)) {
            ids.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
        }
        return ids;
    }

    private String parkReason(EventEnvelope event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT park_reason FROM outbox_event WHERE event_id = ?")) {
            select.setString(1, event.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private int count(String condition, String run) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE " + condition + " AND record_key LIKE ?")) {
            select.setString(1, run + "-%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** What the runbook tells an operator to do with an event Kafka will never take: drop it. */
    private void dropParked(String run) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE parked_at IS NOT NULL AND record_key LIKE ?")) {
            delete.setString(1, run + "-%");
            assertThat(delete.executeUpdate()).isEqualTo(2);
        }
    }
}
