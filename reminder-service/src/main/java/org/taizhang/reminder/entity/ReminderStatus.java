package org.taizhang.reminder.entity;

/**
 * Where a reminder's deliveries stand: some still pending, all delivered, at least one failed, or none at all because
 * nobody subscribed to its recipient.
 */
public enum ReminderStatus {
    PENDING,
    DELIVERED,
    FAILED,
    UNROUTED
}
