package org.taizhang.events.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;

/**
 * The idempotent-consumer half of the event plumbing: records each applied event id in the consumer's transaction,
 * so that an event redelivered by Kafka, by a replay or by a producer's retry is applied at most once.
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT = "INSERT INTO inbox_event (consumer, event_id, event_type, subject)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final AgroalDataSource dataSource;

    public Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The event to apply, or empty when the record is not a CloudEvent, was applied before by this consumer, or is of a
     * type this build does not know (a newer producer's: ignored, forward compatible).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DomainEvent> accept(String consumer, ConsumerRecord<String, String> record) {
        return CloudEventHeaders.fromRecord(record)
                .filter(envelope -> firstDelivery(consumer, envelope))
                .flatMap(EventCodec.instance()::decode);
    }

    /** Records the envelope as applied by the consumer; false when it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope envelope) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            insert.setString(2, envelope.id());
            insert.setString(3, envelope.type());
            insert.setString(4, envelope.subject());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record event " + envelope.id() + " in the inbox", e);
        }
    }
}
