package org.taizhang.reporting.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.UnitSummary;

/** A unit's year, ledger-like (台账): its summary and one row per live assignment, in plan and task order. */
@Schema(description = "A unit's year, ledger-like (台账): its summary and one row per live assignment")
public record UnitReport(
        @Schema(description = "The unit's directory id, e.g. 341800-fgw")
        String unitId,

        @Schema(description = "The unit's name") String unitName,

        @Schema(
                description = "The unit's region: an administrative division"
                        + " code, 6 digits (e.g. 341821), 9 or 12 for a town")
        String regionCode,

        @Schema(description = "The year reported") int year,

        @Schema(description = "The unit's figures and light for the year")
        UnitSummary summary,

        @Schema(description = "One row per live assignment, in plan and task order")
        List<Row> rows) {

    /** One assignment of the unit. */
    @Schema(description = "One assignment of the unit")
    public record Row(
            @Schema(description = "The plan's id (UUID, as in plan-service)")
            String planId,

            @Schema(description = "The plan's title") String planTitle,

            @Schema(description = "The task's id (UUID, as in plan-service)")
            String taskId,

            @Schema(description = "The task number as the plan writes it")
            String taskNumber,

            @Schema(description = "The task text") String taskTitle,

            @Schema(description = "The unit's part in the task")
            UnitRole role,

            @Schema(description = "The deadline as the plan writes it (时限), e.g. 6月底前")
            String deadline,

            @Schema(
                    description = "The fixed due date (ISO-8601 date, Asia/Shanghai);"
                            + " null for ongoing, periodic or unspecified deadlines")
            LocalDate dueDate,

            @Schema(description = "The assignment's status") AssignmentStatus status,

            @Schema(description = "True when the fixed due date has passed and the assignment is not completed")
            boolean overdue,

            @Schema(
                    description = "True when ongoing or periodic work has reported nothing"
                            + " since the start of the last reporting period that is due")
            boolean reportLate,

            @Schema(
                    description = "RED overdue; YELLOW due within the warning window"
                            + " (calendar days) or a periodic report late; GREEN otherwise")
            Light light,

            @Schema(description = "When the latest report was received: a UTC instant (ISO-8601); null when none")
            Instant lastReportAt) {}
}
