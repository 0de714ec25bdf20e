package org.taizhang.reminder.rest;

import java.time.Instant;
import java.util.UUID;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Subscription;

/** A subscription as JSON; the webhook secret is never shown, only whether one is set. */
public record SubscriptionView(
        UUID id,
        String unitId,
        String regionCode,
        Channel channel,
        String url,
        String email,
        boolean secretSet,
        boolean active,
        String createdBy,
        Instant createdAt,
        String updatedBy,
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
