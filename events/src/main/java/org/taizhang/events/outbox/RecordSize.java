package org.taizhang.events.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventEnvelope;

/**
 * How many bytes an outbox event takes as a Kafka record alone in its batch, at most: the batch header, the record's
 * fields with every length at its widest varint, key, value and headers. It is what the producer compares with
 * {@code max.request.size}, computed from the public record layout rather than Kafka's internal classes.
 */
final class RecordSize {

    /** Kafka's record batch header (magic 2). */
    static final int BATCH_OVERHEAD = 61;
    /** Length, attributes, timestamp delta and offset delta of one record, widest varints. */
    private static final int RECORD_OVERHEAD = 5 + 1 + 10 + 5;

    private static final int VARINT = 5;

    private RecordSize() {}

    static int upperBound(EventEnvelope envelope) {
        long size = BATCH_OVERHEAD + RECORD_OVERHEAD;
        size += VARINT + utf8(envelope.subject());
        size += VARINT + utf8(envelope.payload());
        size += VARINT;
        for (Header header : CloudEventHeaders.headersOf(envelope)) {
            size += VARINT + utf8(header.key()) + VARINT + (header.value() == null ? 0 : header.value().length);
        }
        return (int) Math.min(size, Integer.MAX_VALUE);
    }

    private static long utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
