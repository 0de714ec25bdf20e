package org.taizhang.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;

/**
 * The outbox with no published rows kept (retention zero): the relay deletes each row as it publishes it, and the
 * burst of {@link OutboxToInboxTest} (inherited) still arrives once per event, in order per key, with several
 * replicas relaying.
 */
@QuarkusTest
@TestProfile(OutboxDeleteOnPublishTest.NothingKept.class)
class OutboxDeleteOnPublishTest extends OutboxToInboxTest {

    private static final int EVENTS = 30;

    @Test
    void shouldDeleteTheRowsItPublishes() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < EVENTS; i++) {
            String assignment = run + "-a" + (i % 3);
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(new AssignmentStatusChanged(
                            assignment,
                            "p-1",
                            "t-1",
                            "u-1",
                            AssignmentStatus.NOT_STARTED,
                            AssignmentStatus.IN_PROGRESS,
                            "unit-user",
                            Instant.now())));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> delivered(run) == EVENTS);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows(run) == 0);
        assertThat(delivered(run)).isEqualTo(EVENTS);
    }

    private int delivered(String run) throws SQLException {
        return count("SELECT count(DISTINCT event_id) FROM outbox_probe_delivery WHERE record_key LIKE ?", run);
    }

    private int outboxRows(String run) throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE record_key LIKE ?", run);
    }

    private int count(String sql, String run) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, run + "-%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Published rows are not kept. */
    public static class NothingKept implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taizhang.outbox.retention", "PT0S");
        }
    }
}
