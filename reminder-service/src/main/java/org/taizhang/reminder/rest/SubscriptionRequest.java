package org.taizhang.reminder.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reminder.delivery.MobileNumbers;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.service.SubscriptionDetails;

/**
 * A subscription of one unit ({@code unitId}) or of every unit in a region ({@code regionCode}): a WEBHOOK with url and
 * secret, an EMAIL address, a WECOM robot url, a DINGTALK robot url with optional secret and keyword, or SMS phones.
 * On an edit of the same channel a missing secret keeps the current one, and a robot url left out keeps its key.
 */
@Schema(
        description = "A subscription of one unit or of every unit in a region: a WEBHOOK with url and secret, an"
                + " EMAIL address, a WECOM group robot url, a DINGTALK custom robot url (optional secret and keyword),"
                + " or SMS phones")
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
                description = "For WEBHOOK: the absolute http or https URL reminders are POSTed to. For WECOM: the"
                        + " group robot's webhook URL with its key (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?"
                        + "key=…, or the 政务微信 host's). For DINGTALK: the custom robot's URL with its access_token"
                        + " (https://oapi.dingtalk.com/robot/send?access_token=…, or the 浙政钉 host's). At most 2000"
                        + " characters; it must not point at a private or internal address unless allowed. A robot's"
                        + " key is never shown again: on an edit, leave it out or send the masked URL back to keep it")
        @Size(max = 2000)
        String url,

        @Schema(
                description = "For WEBHOOK: the HMAC key the requests are signed with, 16–200 characters. For"
                        + " DINGTALK: the robot's signing secret (加签, SEC…), if its security setting uses one. Left"
                        + " out on an edit, the current one is kept; never shown again")
        @Size(max = 200)
        String secret,

        @Schema(description = "For EMAIL: the address reminders are mailed to, at most 320 characters")
        @Email
        @Size(max = 320)
        String email,

        @Schema(
                description = "For DINGTALK: the keyword the robot's security setting requires (自定义关键词), at most"
                        + " 64 characters; put in front of a message that lacks it")
        @Size(max = 64)
        String keyword,

        @Schema(
                description = "For SMS: 1–5 mainland mobile numbers (11 digits from 13–19, +86 allowed), texted with"
                        + " the deployment's approved template")
        @Size(max = MobileNumbers.MAX)
        List<@Size(max = 20) String> phones,

        @Schema(description = "Whether it receives reminders; true when left out")
        Boolean active) {

    public SubscriptionDetails toDetails() {
        return new SubscriptionDetails(
                unitId, regionCode, channel, url, secret, email, keyword, phones, active == null || active);
    }
}
