package org.taizhang.reminder.entity;

/** A delivery waits for its next attempt, arrived, or failed every attempt (a dead letter, redeliverable by hand). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
