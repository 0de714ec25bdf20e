package org.taizhang.events.outbox;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.outbox.OutboxStore.PendingEvent;
import org.taizhang.platform.tracing.TraceLogs;

/**
 * Delivers one batch of a slot inside the relay's transaction: marks what Kafka took as published and parks what Kafka
 * will never take, so that one such row cannot stop its slot. A row over the record size limit is parked before it is
 * sent; when Kafka refuses a batch for a record of it, the batch goes again one record per transaction to find that
 * record. The rows of a parked row's key behind it stay pending, held, so that its aggregate's order holds.
 */
@ApplicationScoped
public class SlotDelivery {

    private final KafkaOutboxSender sender;
    private final OutboxParking parking;
    private final OutboxConfig config;

    public SlotDelivery(KafkaOutboxSender sender, OutboxParking parking, OutboxConfig config) {
        this.sender = sender;
        this.parking = parking;
        this.config = config;
    }

    /** Publishes or parks the batch; throws (after committing what it settled) when Kafka may take it later. */
    void deliver(Connection connection, int slot, List<PendingEvent> batch) throws SQLException {
        Set<String> parkedKeys = new HashSet<>();
        List<PendingEvent> sendable = new ArrayList<>();
        for (PendingEvent event : batch) {
            if (parkedKeys.contains(key(event))) {
                continue;
            }
            int size = RecordSize.upperBound(event.envelope());
            if (size > config.maxRecordBytes()) {
                park(
                        connection,
                        event,
                        "the record takes up to " + size + " bytes, more than the " + config.maxRecordBytes()
                                + " a record may (taizhang.outbox.max-record-bytes)",
                        parkedKeys);
            } else {
                sendable.add(event);
            }
        }
        if (sendable.isEmpty()) {
            return;
        }
        Optional<String> refused = trySend(connection, slot, sendable);
        if (refused.isEmpty()) {
            OutboxStore.markPublished(connection, sendable, keepPublished());
        } else if (sendable.size() == 1) {
            park(connection, sendable.get(0), refused.get(), parkedKeys);
        } else {
            try (var ignored = TraceLogs.naming(RowTraces.single(sendable))) {
                Log.warnf(
                        "Kafka refused a batch of %d events of slot %d%s (%s); sending them one by one",
                        sendable.size(), slot, RowTraces.listed(sendable), refused.get());
            }
            deliverOneByOne(connection, slot, sendable, parkedKeys);
        }
    }

    private void deliverOneByOne(Connection connection, int slot, List<PendingEvent> events, Set<String> parkedKeys)
            throws SQLException {
        for (PendingEvent event : events) {
            if (parkedKeys.contains(key(event))) {
                continue;
            }
            Optional<String> refused = trySend(connection, slot, List.of(event));
            if (refused.isEmpty()) {
                OutboxStore.markPublished(connection, List.of(event), keepPublished());
            } else {
                park(connection, event, refused.get(), parkedKeys);
            }
        }
    }

    /**
     * Sends the events as one Kafka transaction; empty when Kafka took them, the reason when Kafka will never take
     * them. Any other failure is recorded on the rows, committed with what this pass settled, and thrown.
     */
    private Optional<String> trySend(Connection connection, int slot, List<PendingEvent> events) throws SQLException {
        List<EventEnvelope> envelopes =
                events.stream().map(PendingEvent::envelope).toList();
        List<String> traceParents =
                events.stream().map(PendingEvent::traceParent).toList();
        try {
            try {
                sender.send(slot, envelopes, traceParents);
            } catch (RuntimeException e) {
                // Another replica relayed the slot since, and its producer fenced ours. While this session lives, the
                // slot is still ours: a fresh producer sends the batch now, fencing the other's in turn. A replica
                // that lost its session (and the slot with it) fails instead, as fencing means it to.
                if (!KafkaOutboxSender.fenced(e) || !connection.isValid(5)) {
                    throw e;
                }
                Log.debugf("Outbox producer of slot %d fenced by another replica's; sending again", slot);
                sender.send(slot, envelopes, traceParents);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            Optional<String> refused = Undeliverable.reason(e);
            if (refused.isPresent()) {
                return refused;
            }
            OutboxStore.recordFailure(connection, events, String.valueOf(e.getMessage()));
            connection.commit();
            throw new OutboxException(
                    "Kafka did not take " + events.size() + " events of slot " + slot + RowTraces.listed(events),
                    e,
                    RowTraces.single(events));
        }
    }

    private void park(Connection connection, PendingEvent event, String reason, Set<String> parkedKeys)
            throws SQLException {
        parking.park(connection, event, reason);
        parkedKeys.add(key(event));
    }

    /** False when published rows are not to be kept (retention zero): the relay deletes them as it publishes them. */
    private boolean keepPublished() {
        Duration retention = config.retention();
        return !retention.isZero() && !retention.isNegative();
    }

    private static String key(PendingEvent event) {
        return event.envelope().subject();
    }
}
