package org.taizhang.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.persistence.RetryingTransaction;
import org.taizhang.platform.tracing.MessagingSpans;

class BatchApplierTest {

    private final List<List<Long>> transactions = new ArrayList<>();
    private final List<Long> committed = new ArrayList<>();
    private final List<Long> parked = new ArrayList<>();

    private final RetryingTransaction transaction = new RetryingTransaction() {
        @Override
        public void run(String what, Runnable work) {
            int before = committed.size();
            try {
                work.run();
            } catch (RuntimeException e) {
                committed.subList(before, committed.size()).clear(); // rolled back
                throw e;
            }
        }
    };

    private final DeadLetters deadLetters = new DeadLetters("127.0.0.1:1", "test-service") {
        @Override
        public void park(ConsumerRecord<String, String> record, Throwable reason) {
            parked.add(record.offset());
        }
    };

    private final BatchApplier applier = new BatchApplier(transaction, deadLetters, MessagingSpans.noop());

    @Test
    void shouldApplyAWholePollInOneTransaction() {
        applier.apply("test", records(3), batch -> apply(batch, -1));

        assertThat(transactions).containsExactly(List.of(0L, 1L, 2L));
        assertThat(committed).containsExactly(0L, 1L, 2L);
        assertThat(parked).isEmpty();
    }

    @Test
    void shouldCutAPollOfLargePayloadsIntoTransactionsInOrder() {
        int third = BatchApplier.MAX_LOT_BYTES / 3;
        List<ConsumerRecord<String, String>> records =
                List.of(sized(0, third), sized(1, third), sized(2, third), sized(3, third), sized(4, 10));

        applier.apply("test", records, batch -> apply(batch, -1));

        assertThat(transactions).containsExactly(List.of(0L, 1L, 2L), List.of(3L, 4L));
        assertThat(committed).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void shouldApplyARecordLargerThanALotAloneAndPollsOfSmallOnesWhole() {
        List<ConsumerRecord<String, String>> records =
                List.of(sized(0, 100), sized(1, BatchApplier.MAX_LOT_BYTES * 2), sized(2, 100), sized(3, 100));

        assertThat(BatchApplier.lots(records))
                .extracting(lot -> lot.stream().map(ConsumerRecord::offset).toList())
                .containsExactly(List.of(0L), List.of(1L), List.of(2L, 3L));
    }

    @Test
    void shouldParkOnlyTheRecordThatFailsOnItsOwn() {
        applier.apply("test", records(4), batch -> apply(batch, 2));

        assertThat(transactions)
                .containsExactly(List.of(0L, 1L, 2L, 3L), List.of(0L), List.of(1L), List.of(2L), List.of(3L));
        assertThat(committed).containsExactly(0L, 1L, 3L);
        assertThat(parked).containsExactly(2L);
    }

    @Test
    void shouldParkASingleRecordThatCannotBeApplied() {
        applier.apply("test", records(1), batch -> apply(batch, 0));

        assertThat(committed).isEmpty();
        assertThat(parked).containsExactly(0L);
    }

    @Test
    void shouldApplyASingleRecordAgainWhenAnotherTransactionInsertedItsRowFirst() {
        RuntimeException duplicate = new IllegalStateException(new SQLException("duplicate key", "23505"));
        List<Integer> attempts = new ArrayList<>();

        applier.apply("test", records(1), batch -> {
            attempts.add(attempts.size() + 1);
            if (attempts.size() == 1) {
                throw duplicate;
            }
            apply(batch, -1);
        });

        assertThat(attempts).containsExactly(1, 2);
        assertThat(committed).containsExactly(0L);
        assertThat(parked).isEmpty();
    }

    @Test
    void shouldParkASingleRecordWhoseDuplicateKeyStays() {
        RuntimeException duplicate = new IllegalStateException(new SQLException("duplicate key", "23505"));

        applier.apply("test", records(1), batch -> {
            transactions.add(List.of(batch.get(0).offset()));
            throw duplicate;
        });

        assertThat(transactions).hasSize(2);
        assertThat(parked).containsExactly(0L);
    }

    @Test
    void shouldNeverParkWhileTheDatabaseIsUnreachable() {
        // A transient failure leaves the retry only when the consumer is being shut down: nothing may be parked then.
        RuntimeException unreachable = new IllegalStateException(new SQLException("connection refused", "08001"));

        assertThatThrownBy(() -> applier.apply("test", records(3), batch -> {
                    throw unreachable;
                }))
                .isSameAs(unreachable);
        assertThatThrownBy(() -> applier.apply("test", records(1), batch -> {
                    throw unreachable;
                }))
                .isSameAs(unreachable);
        assertThat(parked).isEmpty();
    }

    @Test
    void shouldNameTheDeadLetterTopicAfterTheTopicAndTheService() {
        assertThat(deadLetters.topicFor("taizhang.assignments.v1"))
                .isEqualTo("taizhang.assignments.v1.dlq.test-service");
    }

    private void apply(List<ConsumerRecord<String, String>> batch, long poison) {
        transactions.add(batch.stream().map(ConsumerRecord::offset).toList());
        for (ConsumerRecord<String, String> record : batch) {
            if (record.offset() == poison) {
                throw new IllegalArgumentException("unreadable payload at " + poison);
            }
            committed.add(record.offset());
        }
    }

    private static ConsumerRecord<String, String> sized(long offset, int valueBytes) {
        return new ConsumerRecord<>(
                "taizhang.assignments.v1",
                0,
                offset,
                0L,
                TimestampType.CREATE_TIME,
                6,
                valueBytes,
                "key-" + offset,
                "{}",
                new RecordHeaders(),
                Optional.empty());
    }

    private static List<ConsumerRecord<String, String>> records(int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (long offset = 0; offset < count; offset++) {
            records.add(new ConsumerRecord<>("taizhang.assignments.v1", 0, offset, "key-" + offset, "{}"));
        }
        return records;
    }
}
