package org.taizhang.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels: CloudEvents attributes (carried as Kafka headers) and the JSON payload (the record value).
 * The subject is the aggregate id and doubles as the Kafka key.
 */
public record EventEnvelope(
        String id, String type, String source, Instant time, String subject, String specVersion, String payload) {

    public static final String SPEC_VERSION = "1.0";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** Wraps a new event: a fresh id, the current time, and the aggregate id as subject. */
    public static EventEnvelope wrap(DomainEvent event, String source, EventCodec codec) {
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                EventType.of(event).type(),
                source,
                Instant.now(),
                event.aggregateId(),
                SPEC_VERSION,
                codec.toJson(event));
    }

    /** The topic this envelope belongs on; empty type lookups fail, since only known events are produced. */
    public String topic() {
        return EventType.ofType(type)
                .orElseThrow(() -> new IllegalStateException("Unknown event type " + type))
                .topic();
    }
}
