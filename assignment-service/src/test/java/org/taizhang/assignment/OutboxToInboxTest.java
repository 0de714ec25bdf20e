package org.taizhang.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.Topics;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.outbox.Outbox;
import org.taizhang.events.outbox.OutboxRelay;
import org.taizhang.testsupport.TopicProbe;

@QuarkusTest
class OutboxToInboxTest {

    private static final int EVENTS = 1_000;
    private static final int KEYS = 20;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldDeliverABurstOncePerEventInOrderPerKeyAndIgnoreARedeliveryOfAll() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> published = publishBurstWhileReplicasRelay(run);

        await().atMost(Duration.ofSeconds(60)).until(() -> count("outbox_probe_applied", run) == EVENTS);
        assertThat(appliedInArrivalOrder(run)).isEqualTo(published);

        TopicProbe topic = new TopicProbe(bootstrapServers);
        List<ConsumerRecord<String, String>> onTopic = topic.readAll(Topics.ASSIGNMENTS, run, EVENTS);
        assertThat(onTopic).hasSize(EVENTS);
        assertThat(onTopic.stream().map(r -> header(r, "ce_id")).distinct()).hasSize(EVENTS);

        topic.resend(onTopic);

        await().atMost(Duration.ofSeconds(60)).until(() -> count("outbox_probe_delivery", run) == 2 * EVENTS);
        assertThat(count("outbox_probe_applied", run)).isEqualTo(EVENTS);
        assertThat(appliedInArrivalOrder(run)).isEqualTo(published);
    }

    /** Publishes in many small transactions while three extra threads relay as other replicas would. */
    private Map<String, List<String>> publishBurstWhileReplicasRelay(String run) throws InterruptedException {
        AtomicBoolean publishing = new AtomicBoolean(true);
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            replicas.submit(() -> {
                while (publishing.get()) {
                    relay.relayOnce();
                }
                return null;
            });
        }
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (int batch = 0; batch < EVENTS / 10; batch++) {
            int first = batch * 10;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = first; i < first + 10; i++) {
                    ProgressReported report = report(run, i);
                    outbox.publish(report);
                    published
                            .computeIfAbsent(report.assignmentId(), k -> new ArrayList<>())
                            .add(report.reportId());
                }
            });
        }
        publishing.set(false);
        replicas.shutdown();
        assertThat(replicas.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        return published;
    }

    private static ProgressReported report(String run, int i) {
        return new ProgressReported(
                run + "-r" + i,
                run + "-a" + (i % KEYS),
                "p-1",
                "t-" + (i % KEYS),
                "u-" + (i % KEYS),
                AssignmentStatus.IN_PROGRESS,
                "第" + i + "次报送",
                List.of(),
                "unit-user",
                "API",
                null,
                Instant.now(),
                Instant.now(),
                List.of());
    }

    private Map<String, List<String>> appliedInArrivalOrder(String run) throws SQLException {
        Map<String, List<String>> applied = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT record_key, report_id FROM outbox_probe_applied WHERE record_key LIKE ? ORDER BY id")) {
            select.setString(1, run + "-%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    applied.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                            .add(row.getString(2));
                }
            }
        }
        return applied;
    }

    private int count(String table, String run) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE record_key LIKE ?")) {
            select.setString(1, run + "-%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
