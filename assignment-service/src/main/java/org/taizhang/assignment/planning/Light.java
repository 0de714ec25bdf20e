package org.taizhang.assignment.planning;

import java.time.LocalDate;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

/**
 * The traffic light of an assignment: RED when overdue (a fixed due date passed and the work is not completed),
 * YELLOW inside the warning window before the due date, GREEN otherwise. Overdue is derived, never stored.
 */
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
        if (overdue(status, deadline, today)) {
            return RED;
        }
        boolean dueSoon = status != AssignmentStatus.COMPLETED
                && deadline != null
                && deadline.kind() == DeadlineKind.FIXED
                && deadline.dueDate() != null
                && !deadline.dueDate().isAfter(today.plusDays(warningDays));
        return dueSoon ? YELLOW : GREEN;
    }
}
