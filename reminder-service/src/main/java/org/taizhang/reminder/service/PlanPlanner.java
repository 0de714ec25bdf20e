package org.taizhang.reminder.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.schedule.AssignmentView;
import org.taizhang.reminder.schedule.PlannedReminder;
import org.taizhang.reminder.schedule.ReminderPlanner;

/** The planner of one plan: its effective policy on the current calendar, applied to tracked assignments. */
public record PlanPlanner(ReminderPolicy policy, ReminderPlanner planner) {

    public static PlanPlanner of(ReminderPolicy policy, WorkingDayCalendar calendar) {
        return new PlanPlanner(policy, new ReminderPlanner(policy, calendar));
    }

    public AssignmentView view(TrackedAssignment assignment, String leadUnitId) {
        return assignment.view(leadUnitId, policy.zone());
    }

    /** What a tick at {@code now} issues for the assignment (none once it is cancelled). */
    public List<PlannedReminder> dueAt(TrackedAssignment assignment, String leadUnitId, Instant now) {
        if (assignment.cancelled()) {
            return List.of();
        }
        return planner.dueAt(view(assignment, leadUnitId), assignment.handledThrough, now);
    }

    /** The overdue reminder the office sends by hand at {@code now}; empty unless the assignment is overdue. */
    public Optional<PlannedReminder> urgeAt(TrackedAssignment assignment, String leadUnitId, Instant now) {
        if (assignment.cancelled()) {
            return Optional.empty();
        }
        return planner.urgeAt(view(assignment, leadUnitId), now);
    }

    /**
     * The next fire time after the last tick that handled the assignment. Before its first tick the planner counts
     * from the day before creation, so that a reminder due on the day the assignment arrives is not skipped; a time
     * in the past is fine, the next tick catches up.
     */
    public Optional<Instant> nextFireAt(TrackedAssignment assignment) {
        Instant after = assignment.handledThrough != null
                ? assignment.handledThrough
                : assignment.createdAt.minus(Duration.ofDays(1));
        return nextFireAfter(assignment, after);
    }

    /** The next fire time strictly after {@code after}; the lead unit changes recipients, never times. */
    public Optional<Instant> nextFireAfter(TrackedAssignment assignment, Instant after) {
        if (assignment.cancelled()) {
            return Optional.empty();
        }
        return planner.nextFireAt(view(assignment, null), after);
    }
}
