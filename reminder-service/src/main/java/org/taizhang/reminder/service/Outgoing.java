package org.taizhang.reminder.service;

import java.util.UUID;
import org.taizhang.reminder.delivery.ReminderMessage;
import org.taizhang.reminder.entity.Channel;

/**
 * A claimed delivery ready to be sent: where to, with what secret (and DingTalk keyword), carrying what. {@code target}
 * null means the subscription was removed; {@code shownTarget} is the target as errors may name it (a robot's key
 * hidden). The claim token makes the outcome count only while the claim is still this worker's; the traceparent names
 * the reminder's trace, of which the attempt is a span.
 */
public record Outgoing(
        UUID deliveryId,
        UUID claimToken,
        Channel channel,
        String target,
        String secret,
        ReminderMessage message,
        String keyword,
        String shownTarget,
        String traceParent) {

    /** A delivery outside any reminder's trace (its attempts start traces of their own). */
    public Outgoing(
            UUID deliveryId,
            UUID claimToken,
            Channel channel,
            String target,
            String secret,
            ReminderMessage message,
            String keyword,
            String shownTarget) {
        this(deliveryId, claimToken, channel, target, secret, message, keyword, shownTarget, null);
    }

    /** A webhook or e-mail delivery, whose target may be shown as it is. */
    public Outgoing(
            UUID deliveryId, UUID claimToken, Channel channel, String target, String secret, ReminderMessage message) {
        this(deliveryId, claimToken, channel, target, secret, message, null, target);
    }
}
