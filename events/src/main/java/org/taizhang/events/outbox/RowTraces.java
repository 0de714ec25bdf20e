package org.taizhang.events.outbox;

import java.util.List;
import java.util.Objects;
import org.taizhang.events.outbox.OutboxStore.PendingEvent;
import org.taizhang.platform.tracing.TraceContext;

/**
 * The traces of the outbox rows a relay log line is about, so that the line leads to the requests that wrote them: the
 * one trace of the rows goes in the line's MDC (trace=), the traces of a batch are listed in its message.
 */
final class RowTraces {

    /** A batch of hundreds would drown its log line; the first few lead to the rest. */
    private static final int LISTED = 5;

    private RowTraces() {}

    /** The trace ids of the rows that have one, each once, in row order. */
    static List<String> of(List<PendingEvent> events) {
        return events.stream()
                .map(e -> TraceContext.traceIdOf(e.traceParent()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The trace of the rows when they are all of one (or have none but one), else null. */
    static String single(List<PendingEvent> events) {
        List<String> traces = of(events);
        return traces.size() == 1 ? traces.get(0) : null;
    }

    /** The rows' traces for a log message, {@code " (traces a, b and 3 more)"}; empty when none has a trace. */
    static String listed(List<PendingEvent> events) {
        List<String> traces = of(events);
        if (traces.isEmpty()) {
            return "";
        }
        String listed = String.join(", ", traces.subList(0, Math.min(LISTED, traces.size())));
        String more = traces.size() > LISTED ? " and " + (traces.size() - LISTED) + " more" : "";
        return " (trace" + (traces.size() == 1 ? " " : "s ") + listed + more + ")";
    }
}
