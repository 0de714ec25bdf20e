package org.taizhang.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** CloudEvents Kafka binding, binary mode: attributes as {@code ce_*} headers, the payload as the record value. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {}

    public static ProducerRecord<String, String> toRecord(EventEnvelope envelope) {
        return new ProducerRecord<>(
                envelope.topic(), null, envelope.subject(), envelope.payload(), headersOf(envelope));
    }

    public static Headers headersOf(EventEnvelope envelope) {
        Headers headers = new RecordHeaders();
        put(headers, ID, envelope.id());
        put(headers, TYPE, envelope.type());
        put(headers, SOURCE, envelope.source());
        put(headers, TIME, envelope.time() == null ? null : envelope.time().toString());
        put(headers, SUBJECT, envelope.subject());
        put(headers, SPEC_VERSION, envelope.specVersion());
        put(headers, CONTENT_TYPE, "application/json");
        return headers;
    }

    /**
     * Reads an envelope back from a consumed record; empty when the record carries no CloudEvents id or type (not a
     * Taizhang event), so that a consumer can skip it instead of failing.
     */
    public static Optional<EventEnvelope> fromRecord(ConsumerRecord<String, String> record) {
        return fromHeaders(record.headers(), record.key(), record.value());
    }

    public static Optional<EventEnvelope> fromHeaders(Headers headers, String key, String value) {
        String id = get(headers, ID);
        String type = get(headers, TYPE);
        if (id == null || type == null || value == null) {
            return Optional.empty();
        }
        String time = get(headers, TIME);
        String subject = get(headers, SUBJECT);
        return Optional.of(new EventEnvelope(
                id,
                type,
                get(headers, SOURCE),
                parseTime(time),
                subject == null ? key : subject,
                get(headers, SPEC_VERSION),
                value));
    }

    private static Instant parseTime(String time) {
        try {
            return time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
