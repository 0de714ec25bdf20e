package org.taizhang.events.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.events.DomainEvent;

/** A record the inbox accepted as the first delivery of its event, with the event's CloudEvents id and the event. */
public record AcceptedEvent(ConsumerRecord<String, String> record, String eventId, DomainEvent event) {}
