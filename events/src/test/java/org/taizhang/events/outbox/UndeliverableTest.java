package org.taizhang.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Which send failures park a record for good and which the relay retries. */
class UndeliverableTest {

    @Test
    void shouldFindARecordTooLargeBehindTheTransactionsError() {
        KafkaException failure = new KafkaException(
                "Cannot execute transactional method because we are in an error state",
                new RecordTooLargeException("The request included a message larger than the max message size"));

        assertThat(Undeliverable.reason(failure))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("RecordTooLargeException: The request"));
    }

    @Test
    void shouldFindARefusedRecordAmongSuppressedFailures() {
        RuntimeException failure = new RuntimeException("commit failed");
        failure.addSuppressed(new InvalidRecordException("compacted topic needs a key"));

        assertThat(Undeliverable.reason(failure)).isPresent();
    }

    @Test
    void shouldRetryFailuresTimeOrAnOperatorCanCure() {
        assertThat(Undeliverable.reason(new KafkaException("broker unreachable", new NetworkException("gone"))))
                .isEmpty();
        assertThat(Undeliverable.reason(new TimeoutException("Expiring 1 record")))
                .isEmpty();
        assertThat(Undeliverable.reason(new TopicAuthorizationException("not allowed")))
                .isEmpty();
    }
}
