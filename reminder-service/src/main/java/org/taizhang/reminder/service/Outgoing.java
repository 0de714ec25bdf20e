package org.taizhang.reminder.service;

import java.util.UUID;
import org.taizhang.reminder.delivery.ReminderMessage;
import org.taizhang.reminder.entity.Channel;

/**
 * A claimed delivery ready to be sent: where to, with what secret, carrying what. {@code target} null means the
 * subscription was removed. The claim token makes the outcome count only while the claim is still this worker's.
 */
public record Outgoing(
        UUID deliveryId, UUID claimToken, Channel channel, String target, String secret, ReminderMessage message) {}
