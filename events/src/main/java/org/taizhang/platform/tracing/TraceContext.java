package org.taizhang.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Map;

/**
 * The W3C {@code traceparent} of the current span, and back: how a trace outlives its thread in an outbox row, a
 * reminder or a Kafka header. Works on the OpenTelemetry API alone, so it is a no-op where no SDK is installed.
 */
public final class TraceContext {

    /** The W3C header (and Kafka header) name. */
    public static final String TRACEPARENT = "traceparent";

    /** A version-00 traceparent is 55 characters; the column holds a little more for a later version's. */
    public static final int MAX_LENGTH = 128;

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {}

    /** The current span's traceparent, or null outside any valid span. */
    public static String currentTraceParent() {
        return traceParentOf(Span.current().getSpanContext());
    }

    /** The span context as a W3C traceparent, or null when it is not valid. */
    public static String traceParentOf(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }

    /** The current trace's id, or null outside any valid span (what problem answers and logs quote). */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** The trace id the traceparent names, or null when it is null or malformed (what a log line quotes). */
    public static String traceIdOf(String traceParent) {
        SpanContext span = Span.fromContext(contextOf(traceParent)).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /**
     * The context whose remote parent the traceparent names; the root context when it is null or malformed, so that
     * a span started in it begins a trace of its own.
     */
    public static Context contextOf(String traceParent) {
        if (traceParent == null || traceParent.isBlank() || traceParent.length() > MAX_LENGTH) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceParent), MAP);
    }

    /** The traceparent to store, or null when it would not fit its column. */
    public static String storable(String traceParent) {
        return traceParent == null || traceParent.length() > MAX_LENGTH ? null : traceParent;
    }
}
