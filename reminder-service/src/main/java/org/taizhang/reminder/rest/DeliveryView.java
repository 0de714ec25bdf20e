package org.taizhang.reminder.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;

/** A delivery as JSON: where it went, how many attempts, the last error. */
@Schema(
        description =
                "One delivery of a reminder to one subscription:" + " where it went, how many attempts, the last error")
public record DeliveryView(
        @Schema(description = "The delivery's id") UUID id,
        @Schema(description = "The reminder delivered") UUID reminderId,
        @Schema(description = "The subscription it goes to") UUID subscriptionId,
        @Schema(description = "How it is delivered") Channel channel,

        @Schema(
                description = "The webhook URL or e-mail address it goes to; a robot's URL with its key masked (***),"
                        + " mobile numbers with their middle digits hidden")
        String target,

        @Schema(description = "Where the delivery stands") DeliveryStatus status,

        @Schema(description = "How many attempts were made so far")
        int attempts,

        @Schema(description = "When the next attempt is due: a UTC instant (ISO-8601); null once delivered or failed")
        Instant nextAttemptAt,

        @Schema(description = "Why the last attempt failed (at most 2000 characters); null when it did not")
        String lastError,

        @Schema(description = "When the last attempt was made: a UTC instant (ISO-8601); null before the first")
        Instant lastAttemptAt,

        @Schema(description = "When it was delivered: a UTC instant (ISO-8601); null until then")
        Instant deliveredAt,

        @Schema(
                description = "When it was given up after its last attempt:"
                        + " a UTC instant (ISO-8601); null unless FAILED")
        Instant failedAt,

        @Schema(description = "When the delivery was created: a UTC instant (ISO-8601)")
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
