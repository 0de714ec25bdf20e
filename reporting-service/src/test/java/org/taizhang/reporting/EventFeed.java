package org.taizhang.reporting;

import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.EventType;
import org.taizhang.events.Topics;
import org.taizhang.testsupport.TopicProbe;

/** Sends events to the real topics as the producing services' relays would, each wrapped in its own envelope. */
final class EventFeed {

    private final TopicProbe probe;

    EventFeed(String bootstrapServers) {
        this.probe = new TopicProbe(bootstrapServers);
    }

    /** Wraps and sends the events in order; answers the envelopes, for sending one again. */
    List<EventEnvelope> send(DomainEvent... events) {
        List<EventEnvelope> envelopes =
                Arrays.stream(events).map(EventFeed::wrap).toList();
        resend(envelopes);
        return envelopes;
    }

    /** Sends envelopes as they are: same event ids, as a producer's retry would. */
    void resend(List<EventEnvelope> envelopes) {
        probe.send(envelopes.stream()
                .<ProducerRecord<String, String>>map(CloudEventHeaders::toRecord)
                .toList());
    }

    static EventEnvelope wrap(DomainEvent event) {
        return EventEnvelope.wrap(event, source(event), EventCodec.instance());
    }

    private static String source(DomainEvent event) {
        return switch (EventType.of(event).topic()) {
            case Topics.PLANS -> "/taizhang/plan-service";
            case Topics.ASSIGNMENTS -> "/taizhang/assignment-service";
            default -> "/taizhang/reminder-service";
        };
    }
}
