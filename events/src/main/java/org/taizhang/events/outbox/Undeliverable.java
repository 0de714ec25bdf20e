package org.taizhang.events.outbox;

import java.util.Optional;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a send failure that no retry can cure from one that time may: Kafka refuses the record itself (too large for
 * the producer or the broker, invalid, unserialisable). Failures of the cluster, the topic or authorisation are not
 * here: an operator fixes those and the same record then goes through, so parking every record behind them would be
 * wrong.
 */
final class Undeliverable {

    private static final int MAX_DEPTH = 20;

    private Undeliverable() {}

    /** The reason Kafka will never take the record, if the failure (or one of its causes) says so. */
    static Optional<String> reason(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (permanent(cause)) {
                return Optional.of(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (permanent(suppressed)) {
                    return Optional.of(suppressed.getClass().getSimpleName() + ": " + suppressed.getMessage());
                }
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    private static boolean permanent(Throwable error) {
        return error instanceof RecordTooLargeException
                || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException
                || error instanceof SerializationException;
    }
}
