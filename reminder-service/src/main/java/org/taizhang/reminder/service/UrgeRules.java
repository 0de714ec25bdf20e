package org.taizhang.reminder.service;

import java.time.LocalDate;
import java.util.Optional;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.reminder.entity.TrackedAssignment;

/**
 * Which assignments the office may urge by hand: overdue ones, that is with a fixed due date before today and not
 * completed, as assignment-service derives its overdue flag. The refusal says why, in the office's terms.
 */
final class UrgeRules {

    private UrgeRules() {}

    /** Why the assignment may not be urged on {@code today}; empty when it may. */
    static Optional<String> refusal(TrackedAssignment a, LocalDate today) {
        String which = "Assignment " + a.assignmentId;
        if (a.cancelled()) {
            return Optional.of(which + " was cancelled; there is nothing to urge");
        }
        if (a.status == AssignmentStatus.COMPLETED) {
            return Optional.of(which + " is already completed; only overdue work is urged");
        }
        if (a.deadlineKind != DeadlineKind.FIXED || a.dueDate == null) {
            boolean periodic = a.deadlineKind == DeadlineKind.ONGOING || a.deadlineKind == DeadlineKind.PERIODIC;
            return Optional.of(which + " has no fixed due date (" + a.deadlineKind + deadline(a) + "), so it is never"
                    + " overdue" + (periodic ? "; its periodic reports are reminded on their own schedule" : ""));
        }
        if (!a.dueDate.isBefore(today)) {
            return Optional.of(which + " is due on " + a.dueDate + " and not overdue until " + a.dueDate.plusDays(1));
        }
        return Optional.empty();
    }

    private static String deadline(TrackedAssignment a) {
        return a.deadlineRaw == null || a.deadlineRaw.isBlank() ? "" : ": " + a.deadlineRaw;
    }
}
