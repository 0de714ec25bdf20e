package org.taizhang.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.RecordingTracer;

/** The outbox relay's and the consumers' spans on a recording SDK: one trace from the writer through Kafka onward. */
class MessagingSpansTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String WRITER = "00-" + TRACE + "-00f067aa0ba902b7-01";

    private final RecordingTracer recording = new RecordingTracer();
    private final MessagingSpans spans = new MessagingSpans(recording.openTelemetry());

    @Test
    void shouldPublishARecordInAProducerSpanOfTheTraceThatWroteIt() {
        Headers headers = new RecordHeaders();

        spans.startProducer("taizhang.assignments.v1", WRITER, headers).end();

        SpanData producer = only(SpanKind.PRODUCER);
        assertThat(producer.getTraceId()).isEqualTo(TRACE);
        assertThat(producer.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(producer.getName()).isEqualTo("taizhang.assignments.v1 publish");
        assertThat(traceParent(headers)).isEqualTo("00-" + TRACE + "-" + producer.getSpanId() + "-01");
    }

    @Test
    void shouldApplyARecordInAConsumerSpanSoThatWhatItWritesCarriesTheTraceOn() {
        Headers headers = new RecordHeaders();
        spans.startProducer("taizhang.plans.v1", WRITER, headers).end();
        List<String> writtenIn = new ArrayList<>();

        spans.consume(
                "assignment-service/plans",
                record("taizhang.plans.v1", headers),
                () -> writtenIn.add(TraceContext.currentTraceParent()));

        SpanData consumer = only(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isEqualTo(TRACE);
        assertThat(consumer.getParentSpanId()).isEqualTo(only(SpanKind.PRODUCER).getSpanId());
        assertThat(writtenIn).containsExactly("00-" + TRACE + "-" + consumer.getSpanId() + "-01");
    }

    @Test
    void shouldStartATraceOfItsOwnForARecordThatCarriesNone() {
        spans.consume("reporting-service", record("taizhang.plans.v1", new RecordHeaders()), () -> {});

        SpanData consumer = only(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isNotEqualTo(TRACE).hasSize(32);
        assertThat(consumer.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void shouldShowEachRecordOfAPollInItsOwnTraceWithNoneCurrentWhileThePollIsApplied() {
        String other = "0af7651916cd43dd8448eb211c80319c";
        Headers first = headers(WRITER);
        Headers second = headers("00-" + other + "-b7ad6b7169203331-01");
        List<String> current = new ArrayList<>();

        spans.consumeAll(
                "reporting-service",
                List.of(record("taizhang.assignments.v1", first), record("taizhang.assignments.v1", second)),
                () -> current.add(TraceContext.currentTraceParent()));

        assertThat(recording.spans())
                .filteredOn(span -> span.getKind() == SpanKind.CONSUMER)
                .extracting(SpanData::getTraceId)
                .containsExactlyInAnyOrder(TRACE, other);
        assertThat(current).containsOnlyNulls().hasSize(1);
    }

    @Test
    void shouldTreatAMalformedTraceparentAsNone() {
        assertThat(TraceContext.contextOf("00-not-a-trace-01")).isEqualTo(Context.root());
        assertThat(TraceContext.contextOf(null)).isEqualTo(Context.root());
        assertThat(TraceContext.storable("x".repeat(TraceContext.MAX_LENGTH + 1)))
                .isNull();
    }

    private SpanData only(SpanKind kind) {
        List<SpanData> ofKind = recording.spans().stream()
                .filter(span -> span.getKind() == kind)
                .toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }

    private static Headers headers(String traceParent) {
        Headers headers = new RecordHeaders();
        headers.add(TraceContext.TRACEPARENT, traceParent.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static ConsumerRecord<String, String> record(String topic, Headers headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 7L, "key", "{}");
        headers.forEach(header -> record.headers().add(header));
        return record;
    }

    private static String traceParent(Headers headers) {
        return new String(headers.lastHeader(TraceContext.TRACEPARENT).value(), StandardCharsets.UTF_8);
    }
}
