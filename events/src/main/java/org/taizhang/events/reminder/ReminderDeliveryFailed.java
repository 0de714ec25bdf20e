package org.taizhang.events.reminder;

import java.time.Instant;
import org.taizhang.events.DomainEvent;

/** A reminder could not be delivered after all retries; it waits in the dead letters for a manual redelivery. */
public record ReminderDeliveryFailed(
        String reminderId,
        String deliveryId,
        String assignmentId,
        String channel,
        String target,
        int attempts,
        String error,
        Instant failedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
