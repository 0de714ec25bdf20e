package org.taizhang.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * JSON serde for event payloads. Its own mapper, independent of a service's REST settings, so that every producer
 * writes the same JSON and every consumer is forward compatible: unknown fields and enum values are ignored.
 */
public final class EventCodec {

    private static final EventCodec INSTANCE = new EventCodec();

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private EventCodec() {}

    public static EventCodec instance() {
        return INSTANCE;
    }

    public String toJson(DomainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new EventCodecException("Cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    public <T extends DomainEvent> T fromJson(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new EventCodecException("Cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The payload as its record, or empty when the type is one this build does not know (a newer producer's). */
    public Optional<DomainEvent> decode(EventEnvelope envelope) {
        return decode(envelope.type(), envelope.payload());
    }

    /** The payload of that CloudEvents type as its record, or empty when this build does not know the type. */
    public Optional<DomainEvent> decode(String type, String payload) {
        return EventType.ofType(type).map(known -> fromJson(payload, known.payloadClass()));
    }

    /** A payload that is not valid JSON for its type. */
    public static final class EventCodecException extends RuntimeException {
        public EventCodecException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
