package org.taizhang.events.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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

    private static final String RECORDED = "SELECT 1 FROM inbox_event WHERE consumer = ? AND event_id = ?";
    /** One statement for a whole poll; RETURNING names the events recorded now, i.e. the first deliveries. */
    private static final String INSERT_ALL = "INSERT INTO inbox_event (consumer, event_id, event_type, subject)"
            + " SELECT ?, e.id, e.type, e.subject FROM unnest(?::text[], ?::text[], ?::text[]) AS e (id, type, subject)"
            + " ON CONFLICT DO NOTHING RETURNING event_id";

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

    /**
     * {@link #accept} for a whole poll in one statement: the events of the records that are first deliveries, in poll
     * order. An event that comes twice in the poll is accepted at its first record only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AcceptedEvent> acceptAll(String consumer, List<ConsumerRecord<String, String>> records) {
        InboxBatch batch = InboxBatch.of(records);
        return batch.isEmpty() ? List.of() : batch.accepted(firstDeliveries(consumer, batch.envelopes()));
    }

    /**
     * Whether the consumer recorded the event as applied. Work applied over several transactions (a province plan, task
     * by task) records its event in the last one and asks this first, so that a redelivery does not apply it again.
     */
    public boolean recorded(String consumer, String eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(RECORDED)) {
            select.setString(1, consumer);
            select.setString(2, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read event " + eventId + " from the inbox", e);
        }
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

    /** Records the envelopes (distinct ids) as applied by the consumer; answers the ids that were not before. */
    private Set<String> firstDeliveries(String consumer, List<EventEnvelope> envelopes) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            insert.setString(1, consumer);
            insert.setArray(2, texts(connection, envelopes.stream().map(EventEnvelope::id)));
            insert.setArray(3, texts(connection, envelopes.stream().map(EventEnvelope::type)));
            insert.setArray(4, texts(connection, envelopes.stream().map(EventEnvelope::subject)));
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot record " + envelopes.size() + " events from "
                            + envelopes.get(0).id() + " in the inbox",
                    e);
        }
    }

    private static Array texts(Connection connection, Stream<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
