package org.taizhang.reminder.schedule;

import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.reminder.policy.EscalationTarget;

/**
 * A reminder the planner says goes out at {@code fireAt} (a working day at the policy's local hour). {@code
 * recipientUnitId} is the unit or the lead unit, null when the target is the office. {@code officialCalendar} is false
 * when the dates were counted on the weekends-only fallback because a year's arrangement is missing.
 */
public record PlannedReminder(
        ReminderKey key,
        LocalDate fireOn,
        Instant fireAt,
        EscalationTarget target,
        String recipientUnitId,
        boolean officialCalendar) {}
