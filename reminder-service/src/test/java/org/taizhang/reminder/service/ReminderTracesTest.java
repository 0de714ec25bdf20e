package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.tracing.TraceContext;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.testsupport.RecordingTracer;

/** A delivery attempt on a recording SDK: a span of its reminder's trace, current while it sends and records. */
class ReminderTracesTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final RecordingTracer recording = new RecordingTracer();
    private final List<SpanData> spans = recording.spans();
    private final ReminderTraces traces = new ReminderTraces(recording.openTelemetry());

    @Test
    void shouldAttemptADeliveryInASpanOfItsRemindersTrace() {
        Outgoing outgoing = new Outgoing(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Channel.WEBHOOK,
                "https://example.org/hook",
                null,
                null,
                null,
                "https://example.org/hook",
                "00-" + TRACE + "-00f067aa0ba902b7-01");

        String current = traces.attempt(outgoing, TraceContext::currentTraceParent);

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.getTraceId()).isEqualTo(TRACE);
            assertThat(span.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
            assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.getName()).isEqualTo("reminder deliver webhook");
            assertThat(current).isEqualTo("00-" + TRACE + "-" + span.getSpanId() + "-01");
        });
    }

    @Test
    void shouldStartATraceOfItsOwnForADeliveryOfAReminderIssuedBeforeTracing() {
        Outgoing outgoing =
                new Outgoing(UUID.randomUUID(), UUID.randomUUID(), Channel.EMAIL, "a@example.org", null, null);

        traces.attempt(outgoing, () -> null);

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.getTraceId()).isNotEqualTo(TRACE);
            assertThat(span.getParentSpanContext().isValid()).isFalse();
        });
    }
}
