package org.taizhang.platform.tracing;

import org.jboss.logging.MDC;

/**
 * Names a trace in the log lines of work done away from the request that began it (an outbox row the relay sends, a
 * reminder delivered later): its trace id goes into the MDC under the key the log format prints ({@code
 * trace=%X{traceId}}) until the returned scope closes, and what was there before comes back.
 */
public final class TraceLogs {

    /** The MDC key of the services' log format, the one Quarkus's OpenTelemetry fills for requests. */
    public static final String TRACE_ID = "traceId";

    private TraceLogs() {}

    /** Log lines written until the scope closes name the trace; a null trace id leaves the MDC as it is. */
    public static Scope naming(String traceId) {
        if (traceId == null) {
            return () -> {};
        }
        Object previous = MDC.get(TRACE_ID);
        MDC.put(TRACE_ID, traceId);
        return () -> {
            if (previous == null) {
                MDC.remove(TRACE_ID);
            } else {
                MDC.put(TRACE_ID, previous);
            }
        };
    }

    /** The trace named in the log lines written inside it; closing it throws nothing. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
