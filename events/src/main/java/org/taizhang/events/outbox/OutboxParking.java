package org.taizhang.events.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.outbox.OutboxStore.PendingEvent;
import org.taizhang.platform.tracing.TraceContext;
import org.taizhang.platform.tracing.TraceLogs;

/**
 * Parks outbox rows Kafka will never take, loudly: an ERROR log naming the row, a counter, and the figures operators
 * watch, the parked rows and the rows of their aggregates held behind them, on {@code /q/metrics} and in the outbox
 * health check.
 */
@Startup // registers the gauges at start, not at the first parking
@ApplicationScoped
public class OutboxParking {

    public static final String PARKED_TOTAL = "taizhang.outbox.events.parked";
    public static final String PARKED_NOW = "taizhang.outbox.parked";
    public static final String HELD_NOW = "taizhang.outbox.held";

    private static final String PARKED = "SELECT seq, event_id, event_type, record_key, parked_at, park_reason"
            + " FROM outbox_event WHERE parked_at IS NOT NULL ORDER BY seq LIMIT ?";
    private static final String HELD = "SELECT count(*) FROM outbox_event e WHERE published_at IS NULL"
            + " AND parked_at IS NULL AND EXISTS (SELECT 1 FROM outbox_event p WHERE p.parked_at IS NOT NULL"
            + " AND p.record_key = e.record_key AND p.seq < e.seq)";

    private final AgroalDataSource dataSource;
    private final Counter parkedTotal;

    public OutboxParking(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.parkedTotal = Counter.builder(PARKED_TOTAL)
                .description("Outbox events this replica parked because Kafka will never take them")
                .register(registry);
        Gauge.builder(PARKED_NOW, this, OutboxParking::parkedOrNaN)
                .description("Outbox events parked now, waiting for an operator")
                .register(registry);
        Gauge.builder(HELD_NOW, this, OutboxParking::heldOrNaN)
                .description("Outbox events held behind a parked event of their aggregate")
                .register(registry);
    }

    /** Parks the row in the relay's transaction and raises the alarm. */
    void park(Connection connection, PendingEvent event, String reason) throws SQLException {
        OutboxStore.park(connection, event.seq(), reason);
        EventEnvelope envelope = event.envelope();
        // The line names the trace of the request that wrote the event, which leads to what it was about.
        try (var ignored = TraceLogs.naming(TraceContext.traceIdOf(event.traceParent()))) {
            Log.errorf(
                    "Outbox event parked, Kafka will never take it: seq %d, id %s, type %s, aggregate %s: %s. Later"
                            + " events of the aggregate wait behind it until an operator sends it again or drops it",
                    event.seq(), envelope.id(), envelope.type(), envelope.subject(), reason);
        }
        parkedTotal.increment();
    }

    /** The parked rows, oldest first, at most {@code limit}. */
    public List<ParkedEvent> parked(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PARKED)) {
            select.setInt(1, limit);
            List<ParkedEvent> parked = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    parked.add(new ParkedEvent(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getTimestamp(5).toInstant(),
                            row.getString(6)));
                }
            }
            return parked;
        }
    }

    public long parkedCount() throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE parked_at IS NOT NULL");
    }

    public long heldCount() throws SQLException {
        return count(HELD);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private double parkedOrNaN() {
        try {
            return parkedCount();
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private double heldOrNaN() {
        try {
            return heldCount();
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    /** A parked outbox row as operators see it. */
    public record ParkedEvent(
            long seq, String eventId, String type, String aggregate, Instant parkedAt, String reason) {}
}
