package org.taizhang.events.reminder;

import java.time.Instant;
import org.taizhang.events.DomainEvent;

/** A reminder reached a subscriber's webhook or mailbox. */
public record ReminderDelivered(
        String reminderId,
        String deliveryId,
        String assignmentId,
        String channel,
        String target,
        int attempts,
        Instant deliveredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
