package org.taizhang.reminder.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.service.SubscriptionDetails;

/**
 * A subscription of one unit ({@code unitId}) or of every unit in a region ({@code regionCode}): a WEBHOOK with url and
 * secret, or an EMAIL address. On an edit a missing secret keeps the current one.
 */
@Schema(
        description = "A subscription of one unit or of every unit in a"
                + " region: a WEBHOOK with url and secret, or an EMAIL address")
public record SubscriptionRequest(
        @Schema(
                description = "The unit whose reminders it receives (directory id, e.g."
                        + " 341800-fgw), at most 64 characters; give either unitId or regionCode")
        @Size(max = 64)
        String unitId,

        @Schema(
                description = "The region whose units' reminders it receives, an"
                        + " administrative division code: 6 digits for a county or"
                        + " above, e.g. 341821 (9 or 12 for a town); at most 12"
                        + " characters; give either unitId or regionCode (only the office subscribes a region)")
        @Size(max = 12)
        String regionCode,

        @Schema(description = "How reminders are delivered") @NotNull
        Channel channel,

        @Schema(
                description = "For WEBHOOK: the absolute http or https URL reminders"
                        + " are POSTed to, at most 2000 characters; it must not"
                        + " point at a private or internal address unless allowed")
        @Size(max = 2000)
        String url,

        @Schema(
                description = "For WEBHOOK: the HMAC key the requests are signed with, 16–200"
                        + " characters; left out on an edit, the current one is kept; never shown again")
        @Size(max = 200)
        String secret,

        @Schema(description = "For EMAIL: the address reminders are mailed to, at most 320 characters")
        @Email
        @Size(max = 320)
        String email,

        @Schema(description = "Whether it receives reminders; true when left out")
        Boolean active) {

    public SubscriptionDetails toDetails() {
        return new SubscriptionDetails(unitId, regionCode, channel, url, secret, email, active == null || active);
    }
}
