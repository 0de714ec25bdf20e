package org.taizhang.reminder.service;

import org.taizhang.events.DomainEvent;

/** An event as the consumer received it: its CloudEvents id, by which it is held and never applied twice. */
public record ReceivedEvent(String eventId, DomainEvent event) {}
