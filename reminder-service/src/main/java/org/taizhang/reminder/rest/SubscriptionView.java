package org.taizhang.reminder.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reminder.delivery.SecretMask;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Subscription;

/** A subscription as JSON; secrets are never shown (a robot URL's key masked), only whether a secret is set. */
@Schema(
        description = "A subscription; secrets are never shown, only whether one is set, and a robot URL's key or"
                + " access token is masked (***)")
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

        @Schema(
                description = "For WEBHOOK: the URL reminders are POSTed to; for WECOM and DINGTALK the robot's URL"
                        + " with its key or access token masked (***); null otherwise")
        String url,

        @Schema(description = "For EMAIL: the address reminders are mailed to; null otherwise")
        String email,

        @Schema(description = "True when a webhook or DingTalk signing secret is set")
        boolean secretSet,

        @Schema(description = "For DINGTALK: the keyword the robot requires; null otherwise")
        String keyword,

        @Schema(description = "For SMS: the mobile numbers texted (11 digits each); null otherwise")
        List<String> phones,

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
                s.channel == Channel.WEBHOOK ? s.url : SecretMask.url(s.url),
                s.email,
                s.secret != null,
                s.keyword,
                s.phones == null ? null : List.of(s.phones.split(",")),
                s.active,
                s.createdBy,
                s.createdAt,
                s.updatedBy,
                s.updatedAt);
    }
}
