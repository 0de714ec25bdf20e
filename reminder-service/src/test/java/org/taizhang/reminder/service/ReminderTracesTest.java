package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.tracing.TraceContext;
import org.taizhang.reminder.entity.Channel;

/** A delivery attempt on a recording SDK: a span of its reminder's trace, current while it sends and records. */
class ReminderTracesTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final List<SpanData> spans = new CopyOnWriteArrayList<>();
    private final ReminderTraces traces = new ReminderTraces(OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                        @Override
                        public CompletableResultCode export(Collection<SpanData> exported) {
                            spans.addAll(exported);
                            return CompletableResultCode.ofSuccess();
                        }

                        @Override
                        public CompletableResultCode flush() {
                            return CompletableResultCode.ofSuccess();
                        }

                        @Override
                        public CompletableResultCode shutdown() {
                            return CompletableResultCode.ofSuccess();
                        }
                    }))
                    .build())
            .build());

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
