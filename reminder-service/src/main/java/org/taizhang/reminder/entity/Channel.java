package org.taizhang.reminder.entity;

/** How a subscription receives reminders. */
public enum Channel {
    WEBHOOK,
    EMAIL
}
