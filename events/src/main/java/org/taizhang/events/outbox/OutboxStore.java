package org.taizhang.events.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.events.EventEnvelope;

/** The relay's SQL on the outbox table, on a connection whose transaction the relay controls. */
final class OutboxStore {

    /** Namespace of the advisory locks, so they cannot meet a lock a service takes for its own reasons. */
    private static final int LOCK_NAMESPACE = 0x0B0C5;

    /**
     * Unpublished rows of the slot, neither parked nor behind a parked row of their key (their aggregate). The parked
     * keys (a few, if any) are read once, before the pending rows: correlated with each pending row, the planner, whose
     * statistics had seen the table empty between bursts (rows are deleted as they are published), joined every pending
     * row to a scan of the whole table, and one query ran for minutes once a fan-out had written 100,000 rows.
     */
    private static final String PENDING = "WITH parked AS MATERIALIZED (SELECT record_key, min(seq) AS first_seq"
            + " FROM outbox_event WHERE parked_at IS NOT NULL GROUP BY record_key)"
            + " SELECT seq, event_id, event_type, source, record_key, occurred_at, payload, trace_parent"
            + " FROM outbox_event e WHERE published_at IS NULL AND parked_at IS NULL"
            + " AND mod(abs(hashtext(record_key)::bigint), ?) = ?"
            + " AND NOT EXISTS (SELECT 1 FROM parked p WHERE p.record_key = e.record_key AND p.first_seq < e.seq)"
            + " ORDER BY seq LIMIT ?";

    private static final String MARK_PUBLISHED = "UPDATE outbox_event SET published_at = now() WHERE seq = ANY (?)";

    private static final String DELETE_PUBLISHED = "DELETE FROM outbox_event WHERE seq = ANY (?)";

    private OutboxStore() {}

    /** Takes the slot for the rest of the transaction; false when another replica relays it now. */
    static boolean tryLockSlot(Connection connection, int slot) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_NAMESPACE);
            lock.setInt(2, slot);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    static List<PendingEvent> pending(Connection connection, int slots, int slot, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PENDING)) {
            select.setInt(1, slots);
            select.setInt(2, slot);
            select.setInt(3, limit);
            List<PendingEvent> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new PendingEvent(row.getLong(1), envelopeOf(row), row.getString("trace_parent")));
                }
            }
            return events;
        }
    }

    /**
     * Settles rows Kafka took, in the transaction that read them: marked published and kept for inspection until the
     * clean-up deletes them, or, when nothing is to be kept, deleted at once, which spares each event an UPDATE (a new
     * row version and its index entries) and leaves one dead tuple instead of two.
     */
    static void markPublished(Connection connection, List<PendingEvent> events, boolean keep) throws SQLException {
        try (PreparedStatement settle = connection.prepareStatement(keep ? MARK_PUBLISHED : DELETE_PUBLISHED)) {
            settle.setArray(1, connection.createArrayOf("bigint", seqs(events)));
            settle.executeUpdate();
        }
    }

    static void recordFailure(Connection connection, List<PendingEvent> events, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE seq = ANY (?)")) {
            update.setString(1, error);
            update.setArray(2, connection.createArrayOf("bigint", seqs(events)));
            update.executeUpdate();
        }
    }

    /** Sets the row aside for good, with the reason; the relay passes over it and the rows of its key behind it. */
    static void park(Connection connection, long seq, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET parked_at = now(), park_reason = ?, attempts = attempts + 1 WHERE seq = ?")) {
            update.setString(1, reason);
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }

    static int deletePublishedBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM outbox_event WHERE published_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    private static EventEnvelope envelopeOf(ResultSet row) throws SQLException {
        return new EventEnvelope(
                row.getString("event_id"),
                row.getString("event_type"),
                row.getString("source"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("record_key"),
                EventEnvelope.SPEC_VERSION,
                row.getString("payload"));
    }

    private static Long[] seqs(List<PendingEvent> events) {
        return events.stream().map(PendingEvent::seq).toArray(Long[]::new);
    }

    /** A committed, not yet published outbox row, with the traceparent of the work that wrote it (or null). */
    record PendingEvent(long seq, EventEnvelope envelope, String traceParent) {}
}
