package org.taizhang.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The spans of the event plumbing: a PRODUCER span per record the outbox relay sends, child of the request that wrote
 * the event, and a CONSUMER span per record a consumer applies, child of that producer span, so that one trace follows
 * a change from the request through Kafka into every service it reaches. The trace travels as a W3C {@code traceparent}
 * Kafka header.
 */
@ApplicationScoped
public class MessagingSpans {

    private static final String SCOPE = "org.taizhang.events";

    private final Tracer tracer;

    @Inject
    public MessagingSpans(Instance<OpenTelemetry> openTelemetry) {
        this(openTelemetry.isResolvable() ? openTelemetry.get() : OpenTelemetry.noop());
    }

    public MessagingSpans(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(SCOPE);
    }

    /** Spans that record nothing, for plumbing built without CDI. */
    public static MessagingSpans noop() {
        return new MessagingSpans(OpenTelemetry.noop());
    }

    /**
     * Starts the PRODUCER span of a record about to be sent, child of the stored traceparent (a root span when the
     * event was written outside any trace), and puts its traceparent on the record's headers. The caller ends it.
     */
    public Span startProducer(String topic, String storedTraceParent, Headers headers) {
        Span span = tracer.spanBuilder(topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContext.contextOf(storedTraceParent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.type", "publish")
                .startSpan();
        String traceParent = TraceContext.traceParentOf(span.getSpanContext());
        headers.remove(TraceContext.TRACEPARENT);
        if (traceParent != null) {
            headers.add(TraceContext.TRACEPARENT, traceParent.getBytes(StandardCharsets.UTF_8));
        } else if (storedTraceParent != null) {
            // No SDK: pass the stored context on unchanged, so a consumer that traces still joins the trace.
            headers.add(TraceContext.TRACEPARENT, storedTraceParent.getBytes(StandardCharsets.UTF_8));
        }
        return span;
    }

    /**
     * Applies one record inside a CONSUMER span, child of the record's traceparent: what the work writes to the outbox
     * carries the same trace on to the next service.
     */
    public void consume(String consumer, ConsumerRecord<?, ?> record, Runnable work) {
        Span span = consumerSpan(consumer, record);
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Applies a poll applied as one unit: one CONSUMER span per record, each in its record's trace and lasting as long
     * as the whole poll's work. None is current while it runs (the records belong to different traces), so what the
     * work writes to the outbox starts traces of its own.
     */
    public void consumeAll(String consumer, List<? extends ConsumerRecord<?, ?>> records, Runnable work) {
        List<Span> spans = new ArrayList<>(records.size());
        for (ConsumerRecord<?, ?> record : records) {
            spans.add(consumerSpan(consumer, record));
        }
        try (Scope ignored = Context.root().makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error e) {
            spans.forEach(span -> failed(span, e));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    /** The span of the record's trace that ended in an error: the exception and an error status. */
    public static void failed(Span span, Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
    }

    private Span consumerSpan(String consumer, ConsumerRecord<?, ?> record) {
        return tracer.spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceContext.contextOf(traceParentOf(record)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .startSpan();
    }

    private static String traceParentOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TraceContext.TRACEPARENT);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
