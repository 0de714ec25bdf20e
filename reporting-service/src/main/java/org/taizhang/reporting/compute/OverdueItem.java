package org.taizhang.reporting.compute;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;

/** An assignment past its fixed due date and not completed: what the office chases (催办). */
@Schema(description = "An assignment past its fixed due date and not completed: what the office chases (催办)")
public record OverdueItem(
        @Schema(description = "The plan's id (UUID, as in plan-service)")
        String planId,

        @Schema(description = "The task's id (UUID, as in plan-service)")
        String taskId,

        @Schema(description = "The task number as the plan writes it")
        String taskNumber,

        @Schema(description = "The task text") String taskTitle,
        @Schema(description = "The assignment's id (UUID)") String assignmentId,

        @Schema(description = "The unit's directory id, e.g. 341800-fgw")
        String unitId,

        @Schema(description = "The unit's name") String unitName,
        @Schema(description = "The unit's part in the task") UnitRole role,

        @Schema(description = "The assignment's status (never COMPLETED here)")
        AssignmentStatus status,

        @Schema(description = "The fixed due date that passed (ISO-8601 date, Asia/Shanghai)")
        LocalDate dueDate,

        @Schema(description = "Calendar days from the due date to today (Asia/Shanghai), at least 1")
        long daysOverdue,

        @Schema(
                description = "When the unit's latest report was received: a"
                        + " UTC instant (ISO-8601); null when it never reported")
        Instant lastReportAt) {}
