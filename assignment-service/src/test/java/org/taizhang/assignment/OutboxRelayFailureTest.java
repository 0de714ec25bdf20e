package org.taizhang.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.outbox.KafkaOutboxSender;
import org.taizhang.events.outbox.Outbox;

@QuarkusTest
class OutboxRelayFailureTest {

    private static final int EVENTS = 60;

    @InjectMock
    KafkaOutboxSender sender;

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldKeepEventsWhileKafkaIsDownAndSendThemInOrderOnceItIsBack() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicBoolean kafkaDown = new AtomicBoolean(true);
        List<EventEnvelope> sent = Collections.synchronizedList(new ArrayList<>());
        doAnswer(call -> {
                    if (kafkaDown.get()) {
                        throw new KafkaException("broker unreachable");
                    }
                    sent.addAll(call.getArgument(1));
                    return null;
                })
                .when(sender)
                .send(anyInt(), anyList(), anyList());

        Map<String, List<String>> published = publish(run);

        await().atMost(Duration.ofSeconds(20)).until(() -> attemptedRows(run) == EVENTS);
        assertThat(pendingRows(run)).isEqualTo(EVENTS);
        assertThat(sent).isEmpty();

        kafkaDown.set(false);

        await().atMost(Duration.ofSeconds(60)).until(() -> pendingRows(run) == 0);
        Map<String, List<String>> sentByKey = new LinkedHashMap<>();
        synchronized (sent) {
            sent.stream()
                    .filter(e -> e.subject().startsWith(run))
                    .forEach(e -> sentByKey
                            .computeIfAbsent(e.subject(), k -> new ArrayList<>())
                            .add(e.id()));
        }
        assertThat(sentByKey).isEqualTo(published);
    }

    private Map<String, List<String>> publish(String run) {
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (int i = 0; i < EVENTS; i++) {
            String assignment = run + "-a" + (i % 6);
            EventEnvelope envelope = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(new AssignmentStatusChanged(
                            assignment,
                            "p-1",
                            "t-1",
                            "u-1",
                            AssignmentStatus.NOT_STARTED,
                            AssignmentStatus.IN_PROGRESS,
                            "unit-user",
                            Instant.now())));
            published.computeIfAbsent(assignment, k -> new ArrayList<>()).add(envelope.id());
        }
        return published;
    }

    private int pendingRows(String run) throws SQLException {
        return count("published_at IS NULL", run);
    }

    private int attemptedRows(String run) throws SQLException {
        return count("attempts > 0", run);
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
}
