package org.taizhang.reminder.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.service.SubscriptionDetails;

/**
 * A subscription of one unit ({@code unitId}) or of every unit in a region ({@code regionCode}): a WEBHOOK with url and
 * secret, or an EMAIL address. On an edit a missing secret keeps the current one.
 */
public record SubscriptionRequest(
        @Size(max = 64) String unitId,
        @Size(max = 12) String regionCode,
        @NotNull Channel channel,
        @Size(max = 2000) String url,
        @Size(max = 200) String secret,
        @Email @Size(max = 320) String email,
        Boolean active) {

    public SubscriptionDetails toDetails() {
        return new SubscriptionDetails(unitId, regionCode, channel, url, secret, email, active == null || active);
    }
}
