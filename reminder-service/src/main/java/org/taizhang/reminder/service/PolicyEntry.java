package org.taizhang.reminder.service;

import java.time.Instant;
import org.taizhang.reminder.entity.StoredPolicy;
import org.taizhang.reminder.policy.ReminderPolicy;

/** A policy with its scope: {@code planId} null for the default; {@code builtIn} when the office never set one. */
public record PolicyEntry(String planId, ReminderPolicy policy, boolean builtIn, String updatedBy, Instant updatedAt) {

    public static PolicyEntry from(StoredPolicy stored) {
        return new PolicyEntry(stored.planId, stored.toPolicy(), false, stored.updatedBy, stored.updatedAt);
    }

    public static PolicyEntry builtInDefault() {
        return new PolicyEntry(null, ReminderPolicy.defaults(), true, null, null);
    }
}
