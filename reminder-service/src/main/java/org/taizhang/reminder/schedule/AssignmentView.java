package org.taizhang.reminder.schedule;

import java.time.LocalDate;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

/**
 * What the planner needs to know of an assignment, as the reminder-service's own copy holds it (built from assignment
 * events). {@code leadUnitId} is the task's lead unit, null if the task has none; {@code cadence} is the task's own,
 * null to use the policy's; {@code lastReportOn} is the local date of the latest progress report, null if none.
 */
public record AssignmentView(
        String assignmentId,
        String unitId,
        String leadUnitId,
        AssignmentStatus status,
        DeadlineKind deadlineKind,
        LocalDate dueDate,
        Cadence cadence,
        LocalDate createdOn,
        LocalDate lastReportOn) {

    /** A view from an event's {@link Deadline}; a missing deadline reads as UNSPECIFIED. */
    public static AssignmentView of(
            String assignmentId,
            String unitId,
            String leadUnitId,
            AssignmentStatus status,
            Deadline deadline,
            LocalDate createdOn,
            LocalDate lastReportOn) {
        DeadlineKind kind = deadline == null || deadline.kind() == null ? DeadlineKind.UNSPECIFIED : deadline.kind();
        LocalDate due = deadline == null ? null : deadline.dueDate();
        Cadence cadence = deadline == null ? null : deadline.cadence();
        return new AssignmentView(
                assignmentId, unitId, leadUnitId, status, kind, due, cadence, createdOn, lastReportOn);
    }

    public AssignmentView withStatus(AssignmentStatus newStatus) {
        return new AssignmentView(
                assignmentId, unitId, leadUnitId, newStatus, deadlineKind, dueDate, cadence, createdOn, lastReportOn);
    }

    public AssignmentView withLastReportOn(LocalDate reportedOn) {
        return new AssignmentView(
                assignmentId, unitId, leadUnitId, status, deadlineKind, dueDate, cadence, createdOn, reportedOn);
    }

    boolean completed() {
        return status == AssignmentStatus.COMPLETED;
    }
}
