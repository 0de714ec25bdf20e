package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * The completion rules every figure rolls up from. A task is complete when all its LEAD and RESPONSIBLE assignments
 * are COMPLETED: SUPPORTING units help but do not hold a task open. A task that names only supporting units is
 * judged on those, and a task without any assignment is never complete (nobody has done it). An assignment is
 * overdue when its fixed due date has passed and it is not completed; ongoing, periodic and unspecified deadlines
 * are never overdue by date.
 */
public final class TaskCompletion {

    private TaskCompletion() {}

    /** The assignments that decide whether the task is complete, and that completion figures count. */
    public static List<AssignmentFacts> required(TaskFacts task) {
        List<AssignmentFacts> accountable = task.assignments().stream()
                .filter(a -> a.role() != UnitRole.SUPPORTING)
                .toList();
        return accountable.isEmpty() ? task.assignments() : accountable;
    }

    public static boolean isComplete(TaskFacts task) {
        return isComplete(task, AssignmentFacts::status);
    }

    /** Completion under another view of the statuses, e.g. as they stood on a past day. */
    public static boolean isComplete(TaskFacts task, Function<AssignmentFacts, AssignmentStatus> status) {
        List<AssignmentFacts> required = required(task);
        return !required.isEmpty() && required.stream().allMatch(a -> status.apply(a) == AssignmentStatus.COMPLETED);
    }

    public static boolean isOverdue(AssignmentFacts assignment, LocalDate today) {
        LocalDate due = fixedDueDate(assignment.deadline());
        return assignment.status() != AssignmentStatus.COMPLETED && due != null && due.isBefore(today);
    }

    /** Not complete and past due: some accountable unit missed its date (or, unassigned, the task's own date passed). */
    public static boolean isOverdue(TaskFacts task, LocalDate today) {
        if (isComplete(task)) {
            return false;
        }
        if (task.assignments().isEmpty()) {
            LocalDate due = fixedDueDate(task.deadline());
            return due != null && due.isBefore(today);
        }
        return required(task).stream().anyMatch(a -> isOverdue(a, today));
    }

    /** The due date when the deadline is a fixed date, else null. */
    public static LocalDate fixedDueDate(Deadline deadline) {
        if (deadline == null || deadline.kind() != DeadlineKind.FIXED) {
            return null;
        }
        return deadline.dueDate();
    }

    /** Ongoing and periodic work is judged by its progress reports rather than by a date. */
    public static boolean isPeriodic(Deadline deadline) {
        return deadline != null
                && (deadline.kind() == DeadlineKind.ONGOING || deadline.kind() == DeadlineKind.PERIODIC);
    }
}
