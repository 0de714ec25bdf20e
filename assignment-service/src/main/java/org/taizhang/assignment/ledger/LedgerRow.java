package org.taizhang.assignment.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/** One line of a unit's ledger (台账): a task the unit carries and where it stands. */
@Schema(description = "One line of a unit's ledger: a task the unit carries and where it stands")
public record LedgerRow(
        @Schema(description = "The assignment's id (UUID)") UUID assignmentId,

        @Schema(description = "The plan's id (UUID, as in plan-service)")
        String planId,

        @Schema(description = "The plan's title") String planTitle,

        @Schema(description = "The task number as the plan writes it, e.g. 3 or (二)3")
        String taskNumber,

        @Schema(description = "The task text (工作任务)") String taskTitle,

        @Schema(description = "The requirement text (工作要求); null when the plan has none")
        String requirement,

        @Schema(description = "The unit's part in the task") UnitRole role,

        @Schema(description = "The task's deadline as parsed")
        Deadline deadline,

        @Schema(description = "Where the unit stands") AssignmentStatus status,

        @Schema(description = "How far the work is, in percent (0–100), as last reported; null when never said")
        Integer percent,

        @Schema(
                description = "True when the fixed due date has passed"
                        + " (Asia/Shanghai) and the assignment is not completed")
        boolean overdue,

        @Schema(description = "The assignment's light") Light light,

        @Schema(description = "When the latest report was received: a UTC instant (ISO-8601); null before the first")
        Instant lastReportAt,

        @Schema(description = "The summary of the latest applied report; null before the first")
        String lastSummary) {

    public LocalDate dueDate() {
        return deadline == null ? null : deadline.dueDate();
    }
}
