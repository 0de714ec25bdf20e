package org.taizhang.events.assignment;

/** Where a unit stands on an assignment; OVERDUE is derived from the due date, never stored. */
public enum AssignmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    ONGOING
}
