package org.taizhang.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private final DomainEvent event = SampleEvents.all().get(7);
    private final EventEnvelope envelope =
            EventEnvelope.wrap(event, "/taizhang/assignment-service", EventCodec.instance());

    @Test
    void shouldCarryTheAttributesAsCeHeadersAndKeyTheRecordByAggregate() {
        ProducerRecord<String, String> record = CloudEventHeaders.toRecord(envelope);

        assertThat(record.topic()).isEqualTo(Topics.ASSIGNMENTS);
        assertThat(record.key()).isEqualTo("a-1");
        assertThat(record.value()).isEqualTo(envelope.payload());
        assertThat(header(record, "ce_id")).isEqualTo(envelope.id());
        assertThat(header(record, "ce_type")).isEqualTo("taizhang.progress.reported.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/taizhang/assignment-service");
        assertThat(header(record, "ce_subject")).isEqualTo("a-1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_time")).isEqualTo(envelope.time().toString());
    }

    @Test
    void shouldReadBackTheSameEnvelopeFromAConsumedRecord() {
        ProducerRecord<String, String> sent = CloudEventHeaders.toRecord(envelope);
        ConsumerRecord<String, String> received = consumed(sent);

        assertThat(CloudEventHeaders.fromRecord(received)).contains(envelope);
    }

    @Test
    void shouldSkipARecordWithoutCloudEventsAttributes() {
        ConsumerRecord<String, String> plain = new ConsumerRecord<>(Topics.PLANS, 0, 0L, "k", "{}");

        assertThat(CloudEventHeaders.fromRecord(plain)).isEmpty();
    }

    @Test
    void shouldTolerateAnUnreadableTime() {
        ConsumerRecord<String, String> received = consumed(CloudEventHeaders.toRecord(envelope));
        received.headers().remove("ce_time");
        received.headers().add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThat(CloudEventHeaders.fromRecord(received))
                .hasValueSatisfying(e -> assertThat(e.time()).isNull());
    }

    private static ConsumerRecord<String, String> consumed(ProducerRecord<String, String> sent) {
        ConsumerRecord<String, String> received = new ConsumerRecord<>(sent.topic(), 0, 0L, sent.key(), sent.value());
        sent.headers().forEach(h -> received.headers().add(h));
        return received;
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
