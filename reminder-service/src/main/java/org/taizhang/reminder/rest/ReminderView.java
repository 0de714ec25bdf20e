package org.taizhang.reminder.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.ReminderStatus;
import org.taizhang.reminder.policy.EscalationTarget;

/** An issued reminder as JSON, with the state of its deliveries. */
public record ReminderView(
        UUID id,
        String assignmentId,
        String planId,
        String taskId,
        String unitId,
        String regionCode,
        ReminderKind kind,
        LocalDate dueDate,
        int step,
        EscalationTarget target,
        String recipientUnitId,
        LocalDate fireOn,
        Instant fireAt,
        boolean officialCalendar,
        ReminderStatus status,
        Instant issuedAt) {

    public static ReminderView from(Reminder r) {
        return new ReminderView(
                r.id,
                r.assignmentId,
                r.planId,
                r.taskId,
                r.unitId,
                r.regionCode,
                r.kind,
                r.dueDate,
                r.step,
                r.target,
                r.recipientUnitId,
                r.fireOn,
                r.fireAt,
                r.officialCalendar,
                r.status,
                r.issuedAt);
    }
}
