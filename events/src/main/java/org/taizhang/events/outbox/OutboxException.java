package org.taizhang.events.outbox;

/** The outbox could not be written or relayed; the trace of the rows concerned, when they are all of one. */
public class OutboxException extends RuntimeException {

    private final transient String traceId;

    public OutboxException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public OutboxException(String message, Throwable cause, String traceId) {
        super(message, cause);
        this.traceId = traceId;
    }

    /** The one trace of the rows that could not be relayed, for the log line that reports it; null for none or many. */
    public String traceId() {
        return traceId;
    }
}
