package org.taizhang.events.inbox;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.platform.persistence.RetryingTransaction;
import org.taizhang.platform.persistence.TransientFailures;
import org.taizhang.platform.tracing.MessagingSpans;

/**
 * Applies a polled batch of records in one transaction (a few when its payloads are large), so that a busy topic costs
 * one commit per poll instead of one per event. When the batch fails for a reason other than an unreachable database, each record is applied again in a
 * transaction of its own and only a record that still fails is parked on its dead-letter topic.
 */
@ApplicationScoped
public class BatchApplier {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Payload bytes one transaction applies at most: about 2,500 new assignments, or 250 progress reports. */
    static final int MAX_LOT_BYTES = 512 * 1024;

    private final RetryingTransaction transaction;
    private final DeadLetters deadLetters;
    private final MessagingSpans spans;

    public BatchApplier(RetryingTransaction transaction, DeadLetters deadLetters, MessagingSpans spans) {
        this.transaction = transaction;
        this.deadLetters = deadLetters;
        this.spans = spans;
    }

    /**
     * Runs {@code work} over all of the polled records in one transaction, or over each record alone when that fails.
     * The work must be idempotent per record (the inbox makes it so): a batch that failed is applied again record by
     * record.
     */
    public void apply(
            String consumer,
            Iterable<ConsumerRecord<String, String>> polled,
            Consumer<List<ConsumerRecord<String, String>>> work) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        polled.forEach(all::add);
        for (List<ConsumerRecord<String, String>> lot : lots(all)) {
            applyLot(consumer, lot, work);
        }
    }

    /**
     * The records in order, cut into lots of at most {@link #MAX_LOT_BYTES} of payload (a record alone when larger):
     * a poll of a province's new assignments (500 to a record) is otherwise 100,000 rows in one transaction.
     */
    static List<List<ConsumerRecord<String, String>>> lots(List<ConsumerRecord<String, String>> records) {
        List<List<ConsumerRecord<String, String>>> lots = new ArrayList<>();
        List<ConsumerRecord<String, String>> lot = new ArrayList<>();
        long bytes = 0;
        for (ConsumerRecord<String, String> record : records) {
            int size = Math.max(record.serializedValueSize(), 0);
            if (!lot.isEmpty() && bytes + size > MAX_LOT_BYTES) {
                lots.add(lot);
                lot = new ArrayList<>();
                bytes = 0;
            }
            lot.add(record);
            bytes += size;
        }
        if (!lot.isEmpty()) {
            lots.add(lot);
        }
        return lots;
    }

    private void applyLot(
            String consumer,
            List<ConsumerRecord<String, String>> records,
            Consumer<List<ConsumerRecord<String, String>>> work) {
        try {
            run(consumer, records, work);
        } catch (RuntimeException failure) {
            if (records.size() == 1 && !isDuplicateKey(failure)) {
                park(consumer, records.get(0), failure);
                return;
            }
            rethrowIfTransient(failure);
            Log.warnf(
                    "%s: batch %s failed (%s); applying its records one at a time",
                    consumer, describe(records), failure);
            for (ConsumerRecord<String, String> record : records) {
                try {
                    run(consumer, List.of(record), work);
                } catch (RuntimeException alone) {
                    park(consumer, record, alone);
                }
            }
        }
    }

    /** One transaction over the records, each record's trace showing it in a CONSUMER span. */
    private void run(
            String consumer,
            List<ConsumerRecord<String, String>> records,
            Consumer<List<ConsumerRecord<String, String>>> work) {
        spans.consumeAll(
                consumer,
                records,
                () -> transaction.run(consumer + " " + describe(records), () -> work.accept(records)));
    }

    private void park(String consumer, ConsumerRecord<String, String> record, RuntimeException failure) {
        rethrowIfTransient(failure);
        Log.errorf(
                failure,
                "%s: cannot apply %s; parking it on %s",
                consumer,
                describe(List.of(record)),
                deadLetters.topicFor(record.topic()));
        deadLetters.park(record, failure);
    }

    /**
     * A transient failure escapes the retry only when the thread was interrupted (shutting down): nothing is
     * acknowledged then, and the records come again after the restart instead of being parked.
     */
    private static void rethrowIfTransient(RuntimeException failure) {
        if (TransientFailures.isTransient(failure)) {
            throw failure;
        }
    }

    /**
     * True when a row the work inserts was inserted by another transaction first: a consumer of another topic applying
     * an event about the same assignment at the same time, say. That transaction has committed when PostgreSQL reports
     * it, so the work applied again finds the row; a single record is applied once more instead of being parked.
     */
    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        ConsumerRecord<String, String> first = records.get(0);
        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        return records.size() == 1
                ? "%s-%d@%d".formatted(first.topic(), first.partition(), first.offset())
                : "%s-%d@%d..%s-%d@%d (%d records)"
                        .formatted(
                                first.topic(),
                                first.partition(),
                                first.offset(),
                                last.topic(),
                                last.partition(),
                                last.offset(),
                                records.size());
    }
}
