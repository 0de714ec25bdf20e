package org.taizhang.assignment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.planning.Light;
import org.taizhang.assignment.planning.LightRules;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/** An assignment as JSON, with its derived overdue flag, light and whether a periodic report is late. */
@Schema(description = "An assignment: one unit's share of one task, with its derived overdue flag and light")
public record AssignmentView(
        @Schema(description = "The assignment's id (UUID)") UUID id,

        @Schema(description = "The plan's id (UUID, as in plan-service)")
        String planId,

        @Schema(description = "The task's id (UUID, as in plan-service)")
        String taskId,

        @Schema(description = "The task number as the plan writes it, e.g. 3 or (二)3")
        String taskNumber,

        @Schema(description = "The task text") String taskTitle,

        @Schema(description = "The unit's directory id, e.g. 341800-fgw")
        String unitId,

        @Schema(description = "The unit's name") String unitName,

        @Schema(
                description = "The unit's region: an administrative division"
                        + " code, 6 digits (e.g. 341821), 9 or 12 for a town")
        String regionCode,

        @Schema(description = "The unit's part in the task") UnitRole role,

        @Schema(description = "The task's deadline as parsed")
        Deadline deadline,

        @Schema(description = "Where the unit stands") AssignmentStatus status,

        @Schema(
                description = "True when the fixed due date has passed"
                        + " (Asia/Shanghai) and the assignment is not completed")
        boolean overdue,

        @Schema(description = "The assignment's light today")
        Light light,

        @Schema(description = "How far the work is, in percent (0–100), as last reported; null when never said")
        Integer percent,

        @Schema(description = "The summary of the latest applied report; null before the first")
        String lastSummary,

        @Schema(
                description = "When the latest report was received: a UTC instant"
                        + " (ISO-8601), e.g. 2026-05-20T02:00:00Z; null before the first")
        Instant lastReportAt,

        @Schema(
                description = "When it was completed, by receipt of the completing report: a"
                        + " UTC instant (ISO-8601), e.g. 2026-05-20T02:00:00Z; null while open")
        Instant completedAt,

        @Schema(
                description = "True when ongoing or periodic work has no report for the latest"
                        + " period whose grace days (10 calendar days by default) have run out")
        boolean reportLate) {

    public static AssignmentView from(Assignment a, LocalDate today, LightRules rules) {
        Deadline deadline = a.deadline();
        return new AssignmentView(
                a.id,
                a.planId,
                a.taskId,
                a.taskNumber,
                a.taskTitle,
                a.unitId,
                a.unitName,
                a.regionCode,
                a.role,
                deadline,
                a.status,
                Light.overdue(a.status, deadline, today),
                rules.light(a.status, deadline, a.createdAt, a.lastReportAt, today),
                a.percent,
                a.lastSummary,
                a.lastReportAt,
                a.completedAt,
                rules.reportLate(a.status, deadline, a.createdAt, a.lastReportAt, today));
    }
}
