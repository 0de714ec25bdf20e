package org.taizhang.assignment;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.inbox.Inbox;

/** A consumer written the way the services write theirs: every delivery logged, every effect behind the inbox. */
@ApplicationScoped
public class OutboxProbeConsumer {

    static final String CONSUMER = "outbox-probe";

    private final Inbox inbox;
    private final AgroalDataSource dataSource;

    public OutboxProbeConsumer(Inbox inbox, AgroalDataSource dataSource) {
        this.inbox = inbox;
        this.dataSource = dataSource;
    }

    @Incoming("outbox-probe")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) throws SQLException {
        String eventId = new String(record.headers().lastHeader("ce_id").value());
        insert("INSERT INTO outbox_probe_delivery (record_key, event_id) VALUES (?, ?)", record.key(), eventId);
        var event = inbox.accept(CONSUMER, record);
        if (event.isPresent() && event.get() instanceof ProgressReported report) {
            insert(
                    "INSERT INTO outbox_probe_applied (record_key, report_id) VALUES (?, ?)",
                    report.assignmentId(),
                    report.reportId());
        }
    }

    private void insert(String sql, String key, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}
