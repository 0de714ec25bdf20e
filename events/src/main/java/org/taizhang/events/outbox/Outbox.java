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
import java.util.function.Function;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.platform.tracing.TraceContext;

/** Writes events into the outbox table inside the caller's transaction; the relay sends them once it commits. */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event"
            + " (event_id, topic, record_key, event_type, source, occurred_at, payload, trace_parent)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
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
        return publish(event, TraceContext.currentTraceParent());
    }

    /**
     * {@link #publish} in the trace the traceparent names rather than the current one: work done for something that
     * has its own trace (a reminder issued by the scheduler) passes it on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(DomainEvent event, String traceParent) {
        EventEnvelope envelope = wrap(event);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, envelope, TraceContext.storable(traceParent));
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
        String traceParent = TraceContext.currentTraceParent();
        return publishAll(events, event -> traceParent);
    }

    /** {@link #publishAll} with each event in the trace the function names for it (null: none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends DomainEvent> List<EventEnvelope> publishAll(
            List<E> events, Function<? super E, String> traceParents) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope> envelopes = events.stream().map(this::wrap).toList();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < envelopes.size(); i++) {
                bind(insert, envelopes.get(i), TraceContext.storable(traceParents.apply(events.get(i))));
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

    private static void bind(PreparedStatement insert, EventEnvelope envelope, String traceParent) throws SQLException {
        insert.setString(1, envelope.id());
        insert.setString(2, envelope.topic());
        insert.setString(3, envelope.subject());
        insert.setString(4, envelope.type());
        insert.setString(5, envelope.source());
        insert.setTimestamp(6, Timestamp.from(envelope.time()));
        insert.setString(7, envelope.payload());
        insert.setString(8, traceParent);
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
