package org.taizhang.reminder.schedule;

import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.policy.EscalationTarget;
import org.taizhang.reminder.policy.ReminderPolicy;

/** An assignment with the policy and calendar it is planned on; builds reminders with their recipient. */
record PlanningContext(AssignmentView view, ReminderPolicy policy, WorkingDayCalendar calendar) {

    PlannedReminder reminder(
            ReminderKind kind, LocalDate dueDate, int step, LocalDate fireOn, EscalationTarget target) {
        return reminder(kind, dueDate, step, fireOn, policy.fireAt(fireOn), target);
    }

    /** A reminder going out at {@code fireAt} rather than at the policy's hour: one the office sends by hand. */
    PlannedReminder reminder(
            ReminderKind kind, LocalDate dueDate, int step, LocalDate fireOn, Instant fireAt, EscalationTarget target) {
        EscalationTarget resolved = resolve(target);
        String recipient = switch (resolved) {
            case UNIT -> view.unitId();
            case LEAD_UNIT -> view.leadUnitId();
            case OFFICE -> null;
        };
        boolean official = calendar.isOfficial(fireOn.getYear()) && calendar.isOfficial(dueDate.getYear());
        return new PlannedReminder(
                new ReminderKey(view.assignmentId(), kind, dueDate, step),
                fireOn,
                fireAt,
                resolved,
                recipient,
                official);
    }

    /** Escalating to the lead unit means nothing when there is none or the unit leads itself: the office is next. */
    private EscalationTarget resolve(EscalationTarget target) {
        boolean noLead = view.leadUnitId() == null || view.leadUnitId().equals(view.unitId());
        return target == EscalationTarget.LEAD_UNIT && noLead ? EscalationTarget.OFFICE : target;
    }

    /** Reminders dated before the assignment existed are never issued. */
    boolean beforeCreation(LocalDate fireOn) {
        return view.createdOn() != null && fireOn.isBefore(view.createdOn());
    }
}
