package org.taizhang.events.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;

/** Writes events into the outbox table inside the caller's transaction; the relay sends them once it commits. */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event"
            + " (event_id, topic, record_key, event_type, source, occurred_at, payload)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final Object WAKE_KEY = new Object();

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(
            AgroalDataSource dataSource,
            OutboxConfig config,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.dataSource = dataSource;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Records the event; it is published if and only if the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(DomainEvent event) {
        EventEnvelope envelope = wrap(event);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, envelope);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot write event " + envelope.type() + " to the outbox", e);
        }
        wakeRelayAfterCommit();
        return envelope;
    }

    /**
     * Records the events in list order with one JDBC batch, so that a writer of thousands of events (the reminder
     * tick) pays one round trip instead of one each; as with {@link #publish}, they are published if and only if the
     * caller's transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope> envelopes = events.stream().map(this::wrap).toList();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (EventEnvelope envelope : envelopes) {
                bind(insert, envelope);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new OutboxException("Cannot write " + envelopes.size() + " events to the outbox", e);
        }
        wakeRelayAfterCommit();
        return envelopes;
    }

    private EventEnvelope wrap(DomainEvent event) {
        return EventEnvelope.wrap(event, config.source(), EventCodec.instance());
    }

    private static void bind(PreparedStatement insert, EventEnvelope envelope) throws SQLException {
        insert.setString(1, envelope.id());
        insert.setString(2, envelope.topic());
        insert.setString(3, envelope.subject());
        insert.setString(4, envelope.type());
        insert.setString(5, envelope.source());
        insert.setTimestamp(6, Timestamp.from(envelope.time()));
        insert.setString(7, envelope.payload());
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
