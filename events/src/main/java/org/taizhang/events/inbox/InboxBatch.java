package org.taizhang.events.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;

/**
 * A poll as the inbox sees it: the CloudEvents among its records, each event id once, in poll order. A second record of
 * the same event in one poll is a redelivery like any other, so only the first can be accepted.
 */
final class InboxBatch {

    private final List<Delivery> deliveries;

    private InboxBatch(List<Delivery> deliveries) {
        this.deliveries = deliveries;
    }

    /** The first record of each event id; records that are not CloudEvents are left out, as the inbox skips them. */
    static InboxBatch of(List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            CloudEventHeaders.fromRecord(record)
                    .filter(envelope -> seen.add(envelope.id()))
                    .ifPresent(envelope -> deliveries.add(new Delivery(record, envelope)));
        }
        return new InboxBatch(deliveries);
    }

    boolean isEmpty() {
        return deliveries.isEmpty();
    }

    /** One envelope per event id, in poll order: the rows to record in the inbox. */
    List<EventEnvelope> envelopes() {
        return deliveries.stream().map(Delivery::envelope).toList();
    }

    /**
     * The events of the given first deliveries, decoded, in poll order; events of a type this build does not know are
     * left out (recorded, but not applied), as {@link Inbox#accept} does.
     */
    List<AcceptedEvent> accepted(Set<String> firstDeliveries) {
        List<AcceptedEvent> accepted = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (firstDeliveries.contains(delivery.envelope().id())) {
                EventCodec.instance()
                        .decode(delivery.envelope())
                        .ifPresent(event -> accepted.add(new AcceptedEvent(
                                delivery.record(), delivery.envelope().id(), event)));
            }
        }
        return accepted;
    }

    private record Delivery(ConsumerRecord<String, String> record, EventEnvelope envelope) {}
}
