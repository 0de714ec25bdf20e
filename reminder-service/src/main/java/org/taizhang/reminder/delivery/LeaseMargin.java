package org.taizhang.reminder.delivery;

import java.time.Duration;
import org.taizhang.reminder.entity.Channel;

/** Whether a send may still start on a claim: only if it ends, even at its channel's timeout, before the lease lapses. */
public record LeaseMargin(Duration lease, Duration webhookTimeout, Duration mailTimeout) {

    public LeaseMargin {
        requirePositive("taizhang.reminders.webhook-timeout", webhookTimeout);
        requirePositive("taizhang.reminders.mail-timeout", mailTimeout);
        Duration longest = webhookTimeout.compareTo(mailTimeout) >= 0 ? webhookTimeout : mailTimeout;
        // A lease barely above the timeout would let a worker claim a batch and then send nothing of it; half the lease
        // leaves room for the slowest send after the claim, the records, and replicas whose clocks disagree a little.
        if (lease.compareTo(longest.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(String.format(
                    "taizhang.reminders.delivery-lease (%s) must be at least twice the longest send timeout"
                            + " (webhook-timeout %s, mail-timeout %s): a send must end before another replica may take"
                            + " its delivery over. Raise REMINDER_DELIVERY_LEASE to %s or lower WEBHOOK_TIMEOUT or"
                            + " SMTP_TIMEOUT.",
                    lease, webhookTimeout, mailTimeout, longest.multipliedBy(2)));
        }
    }

    /** The longest a send on {@code channel} takes before it gives up. */
    public Duration timeout(Channel channel) {
        return switch (channel) {
            // Robots and the SMS provider are called like a webhook, within the webhook timeout.
            case WEBHOOK, WECOM, DINGTALK, SMS -> webhookTimeout;
            case EMAIL -> mailTimeout;
        };
    }

    /** Whether a send on {@code channel} started {@code elapsed} after the claim ends before the lease lapses. */
    public boolean allows(Channel channel, Duration elapsed) {
        return endsInside(elapsed, timeout(channel));
    }

    /** Whether a send on some channel could still start: claiming more is worth it only then. */
    public boolean allowsAny(Duration elapsed) {
        return endsInside(elapsed, webhookTimeout.compareTo(mailTimeout) <= 0 ? webhookTimeout : mailTimeout);
    }

    private boolean endsInside(Duration elapsed, Duration timeout) {
        return elapsed.plus(timeout).compareTo(lease) < 0;
    }

    private static void requirePositive(String name, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + timeout);
        }
    }
}
