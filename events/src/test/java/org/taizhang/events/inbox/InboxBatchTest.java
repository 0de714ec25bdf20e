package org.taizhang.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentCancelled;

class InboxBatchTest {

    private static final Instant AT = Instant.parse("2026-03-31T08:30:00Z");

    private final EventEnvelope first = envelope("a-1");
    private final EventEnvelope second = envelope("a-2");

    @Test
    void shouldRecordAnEventRedeliveredInTheSamePollOnceAtItsFirstRecord() {
        InboxBatch batch = InboxBatch.of(List.of(record(0, first), record(1, second), record(2, first)));

        assertThat(batch.envelopes()).extracting(EventEnvelope::id).containsExactly(first.id(), second.id());
        assertThat(batch.accepted(Set.of(first.id(), second.id())))
                .extracting(accepted -> accepted.record().offset())
                .containsExactly(0L, 1L);
    }

    @Test
    void shouldAcceptOnlyFirstDeliveriesInPollOrder() {
        InboxBatch batch = InboxBatch.of(List.of(record(0, second), record(1, first)));

        assertThat(batch.accepted(Set.of(first.id()))).singleElement().satisfies(accepted -> {
            assertThat(accepted.record().offset()).isEqualTo(1L);
            assertThat(accepted.event()).isInstanceOf(AssignmentCancelled.class);
        });
        assertThat(batch.accepted(Set.of(second.id(), first.id())))
                .extracting(accepted -> accepted.event().aggregateId())
                .containsExactly("a-2", "a-1");
    }

    @Test
    void shouldSkipRecordsThatAreNotCloudEvents() {
        ConsumerRecord<String, String> plain = new ConsumerRecord<>("taizhang.assignments.v1", 0, 0L, "k", "{}");

        assertThat(InboxBatch.of(List.of(plain)).isEmpty()).isTrue();
    }

    @Test
    void shouldRecordButNotApplyAnEventOfATypeThisBuildDoesNotKnow() {
        EventEnvelope newer = new EventEnvelope(
                "e-9", "taizhang.assignment.split.v9", "/src", AT, "a-9", EventEnvelope.SPEC_VERSION, "{}");
        InboxBatch batch = InboxBatch.of(List.of(record(0, newer)));

        assertThat(batch.envelopes()).extracting(EventEnvelope::id).containsExactly("e-9");
        assertThat(batch.accepted(Set.of("e-9"))).isEmpty();
    }

    @Test
    void shouldFailOnAnUnreadablePayloadOfAFirstDeliveryOnly() {
        EventEnvelope garbled =
                new EventEnvelope("e-0", first.type(), "/src", AT, "a-0", EventEnvelope.SPEC_VERSION, "{not json");
        InboxBatch batch = InboxBatch.of(List.of(record(0, garbled)));

        assertThat(batch.accepted(Set.of())).isEmpty();
        assertThatThrownBy(() -> batch.accepted(Set.of("e-0"))).isInstanceOf(EventCodec.EventCodecException.class);
    }

    private static EventEnvelope envelope(String assignmentId) {
        return EventEnvelope.wrap(
                new AssignmentCancelled(assignmentId, "p-1", "t-1", "u-1", "withdrawn", AT),
                "/taizhang/assignment-service",
                EventCodec.instance());
    }

    private static ConsumerRecord<String, String> record(long offset, EventEnvelope envelope) {
        return new ConsumerRecord<>(
                "taizhang.assignments.v1",
                0,
                offset,
                0L,
                TimestampType.CREATE_TIME,
                -1,
                -1,
                envelope.subject(),
                envelope.payload(),
                new RecordHeaders(CloudEventHeaders.headersOf(envelope).toArray()),
                Optional.empty());
    }
}
