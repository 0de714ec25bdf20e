package org.taizhang.reminder.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Subscription;

/** A subscription as JSON; the webhook secret is never shown, only whether one is set. */
@Schema(description = "A subscription; the webhook secret is never shown, only whether one is set")
public record SubscriptionView(
        @Schema(description = "The subscription's id") UUID id,

        @Schema(description = "The unit whose reminders it receives (directory id); null for a region subscription")
        String unitId,

        @Schema(
                description = "The region whose units' reminders it receives, an"
                        + " administrative division code: 6 digits for a county or"
                        + " above, e.g. 341821 (9 or 12 for a town); null for a unit subscription")
        String regionCode,

        @Schema(description = "How reminders are delivered") Channel channel,

        @Schema(description = "For WEBHOOK: the URL reminders are POSTed to; null for EMAIL")
        String url,

        @Schema(description = "For EMAIL: the address reminders are mailed to; null for WEBHOOK")
        String email,

        @Schema(description = "True when a webhook secret is set")
        boolean secretSet,

        @Schema(description = "Whether it receives reminders")
        boolean active,

        @Schema(description = "The subject of the account that created it")
        String createdBy,

        @Schema(description = "When it was created: a UTC instant (ISO-8601)")
        Instant createdAt,

        @Schema(description = "The subject of the account that changed it last")
        String updatedBy,

        @Schema(description = "When it was changed last: a UTC instant (ISO-8601)")
        Instant updatedAt) {

    public static SubscriptionView from(Subscription s) {
        return new SubscriptionView(
                s.id,
                s.unitId,
                s.regionCode,
                s.channel,
                s.url,
                s.email,
                s.secret != null,
                s.active,
                s.createdBy,
                s.createdAt,
                s.updatedBy,
                s.updatedAt);
    }
}
