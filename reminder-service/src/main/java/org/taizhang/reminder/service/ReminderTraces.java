package org.taizhang.reminder.service;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;
import org.taizhang.platform.tracing.MessagingSpans;
import org.taizhang.platform.tracing.TraceContext;

/**
 * One trace per reminder: issuing it opens the trace (a child of the urging request, a new trace for a scheduled
 * reminder) and each delivery attempt, however much later, is a span of it, so that what the delivery writes to the
 * outbox (ReminderDelivered) reaches reporting-service in the same trace.
 */
@ApplicationScoped
public class ReminderTraces {

    private final Tracer tracer;

    @Inject
    public ReminderTraces(Instance<OpenTelemetry> openTelemetry) {
        this(openTelemetry.isResolvable() ? openTelemetry.get() : OpenTelemetry.noop());
    }

    ReminderTraces(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.taizhang.reminder");
    }

    /** Traces that record nothing, for workers built without CDI. */
    static ReminderTraces noop() {
        return new ReminderTraces(OpenTelemetry.noop());
    }

    /** Opens the reminder's trace and answers its traceparent, to be stored with the reminder. */
    String issued(DueReminder due) {
        // An urge belongs to the office's request; a scheduled reminder has no cause but the clock.
        Context parent = due.urge() != null ? Context.current() : Context.root();
        Span span = tracer.spanBuilder("reminder issue")
                .setSpanKind(SpanKind.INTERNAL)
                .setParent(parent)
                .setAttribute("taizhang.reminder.id", due.id().toString())
                .setAttribute("taizhang.assignment.id", due.assignment().assignmentId)
                .setAttribute(
                        "taizhang.reminder.kind", due.planned().key().kind().name())
                .startSpan();
        span.end();
        return TraceContext.traceParentOf(span.getSpanContext());
    }

    /** Runs one delivery attempt (the send and its record) in a span of the reminder's trace. */
    <T> T attempt(Outgoing outgoing, Supplier<T> work) {
        Span span = tracer.spanBuilder(
                        "reminder deliver " + outgoing.channel().name().toLowerCase(Locale.ROOT))
                .setSpanKind(SpanKind.CLIENT)
                .setParent(TraceContext.contextOf(outgoing.traceParent()))
                .setAttribute("taizhang.delivery.id", String.valueOf(outgoing.deliveryId()))
                .setAttribute("taizhang.delivery.channel", outgoing.channel().name())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            MessagingSpans.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }
}
