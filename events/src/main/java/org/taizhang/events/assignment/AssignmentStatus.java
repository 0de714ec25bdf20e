package org.taizhang.events.assignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a unit stands on an assignment; OVERDUE is derived from the due date, never stored. */
@Schema(
        description = "Where a unit stands on an assignment: NOT_STARTED 未启动,"
                + " IN_PROGRESS 推进中, COMPLETED 已完成, ONGOING 持续推进 (an ongoing task"
                + " reporting on time); overdue is derived from the due date, never a status")
public enum AssignmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    ONGOING
}
