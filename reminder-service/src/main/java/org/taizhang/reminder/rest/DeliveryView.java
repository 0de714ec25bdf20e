package org.taizhang.reminder.rest;

import java.time.Instant;
import java.util.UUID;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;

/** A delivery as JSON: where it went, how many attempts, the last error. */
public record DeliveryView(
        UUID id,
        UUID reminderId,
        UUID subscriptionId,
        Channel channel,
        String target,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant lastAttemptAt,
        Instant deliveredAt,
        Instant failedAt,
        Instant createdAt) {

    public static DeliveryView from(Delivery d) {
        return new DeliveryView(
                d.id,
                d.reminderId,
                d.subscriptionId,
                d.channel,
                d.target,
                d.status,
                d.attempts,
                d.nextAttemptAt,
                d.lastError,
                d.lastAttemptAt,
                d.deliveredAt,
                d.failedAt,
                d.createdAt);
    }
}
