package org.taizhang.assignment.planning;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

/**
 * The traffic light of an assignment: RED when overdue (a fixed due date passed and the work is not completed),
 * YELLOW inside the warning window before the due date or when a periodic report is late, GREEN otherwise. Overdue is
 * derived, never stored.
 */
@Schema(
        description = "A traffic light: RED overdue (a fixed due date passed, not"
                + " completed); YELLOW due within the warning window (calendar"
                + " days, 5 by default) or a periodic report late; GREEN otherwise")
public enum Light {
    GREEN,
    YELLOW,
    RED;

    public static boolean overdue(AssignmentStatus status, Deadline deadline, LocalDate today) {
        return status != AssignmentStatus.COMPLETED
                && deadline != null
                && deadline.kind() == DeadlineKind.FIXED
                && deadline.dueDate() != null
                && deadline.dueDate().isBefore(today);
    }

    public static Light of(AssignmentStatus status, Deadline deadline, LocalDate today, int warningDays) {
        return of(status, deadline, today, warningDays, false);
    }

    /** The light, where {@code reportLate} says the periodic report of the last period is missing. */
    public static Light of(
            AssignmentStatus status, Deadline deadline, LocalDate today, int warningDays, boolean reportLate) {
        if (overdue(status, deadline, today)) {
            return RED;
        }
        if (status == AssignmentStatus.COMPLETED) {
            return GREEN;
        }
        boolean dueSoon = deadline != null
                && deadline.kind() == DeadlineKind.FIXED
                && deadline.dueDate() != null
                && !deadline.dueDate().isAfter(today.plusDays(warningDays));
        return dueSoon || reportLate ? YELLOW : GREEN;
    }
}
