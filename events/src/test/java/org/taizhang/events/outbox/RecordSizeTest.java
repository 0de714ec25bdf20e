package org.taizhang.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.plan.UnitRole;

/** The relay's size of a record against the estimate the Kafka producer checks {@code max.request.size} with. */
class RecordSizeTest {

    @Test
    void shouldNeverCountLessThanTheProducerButOnlyAFewBytesMore() {
        for (String reason : new String[] {"", "撤回", "因机构调整撤回本项任务。".repeat(5_000)}) {
            EventEnvelope envelope = withdrawn(reason);
            int kafka = producerEstimate(envelope);

            assertThat(RecordSize.upperBound(envelope))
                    .isGreaterThanOrEqualTo(kafka)
                    .isLessThan(kafka + 100);
        }
    }

    @Test
    void shouldCountThePayloadInUtf8Bytes() {
        int small = RecordSize.upperBound(withdrawn(""));
        int large = RecordSize.upperBound(withdrawn("撤".repeat(1_000)));

        assertThat(large - small).isBetween(3_000, 3_010);
    }

    @Test
    void shouldKeepAFullBatchOfNewAssignmentsUnderTheDefaultRecordLimitAtTheLongestNames() {
        List<AssignmentsCreated.NewAssignment> assignments = IntStream.range(0, AssignmentsCreated.MAX_ASSIGNMENTS)
                .mapToObj(i -> new AssignmentsCreated.NewAssignment(
                        UUID.randomUUID().toString(),
                        "单".repeat(64),
                        "某".repeat(200),
                        "9".repeat(64),
                        UnitRole.RESPONSIBLE,
                        AssignmentStatus.NOT_STARTED))
                .toList();
        AssignmentsCreated created = new AssignmentsCreated(
                "p-1", "t-1", "1".repeat(64), "题".repeat(2_000), null, Instant.EPOCH, assignments);

        int size = RecordSize.upperBound(
                EventEnvelope.wrap(created, "/taizhang/assignment-service", EventCodec.instance()));

        assertThat(size).isLessThan(1_048_576);
    }

    private static EventEnvelope withdrawn(String reason) {
        return EventEnvelope.wrap(
                new TaskWithdrawn("p-1", "t-1", reason, "office", Instant.parse("2026-12-06T00:00:00Z")),
                "/taizhang/plan-service",
                EventCodec.instance());
    }

    private static int producerEstimate(EventEnvelope envelope) {
        ProducerRecord<String, String> record = CloudEventHeaders.toRecord(envelope);
        return AbstractRecords.estimateSizeInBytesUpperBound(
                RecordBatch.CURRENT_MAGIC_VALUE,
                CompressionType.NONE,
                record.key().getBytes(StandardCharsets.UTF_8),
                record.value().getBytes(StandardCharsets.UTF_8),
                record.headers().toArray());
    }
}
