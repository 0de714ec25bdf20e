package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.model.ReportFacts;

/** One task with each assigned unit's standing and its latest report, for the task page. */
@Schema(description = "A task with each assigned unit's standing and latest report")
public record TaskDetail(
        @Schema(description = "The task's id (UUID, as in plan-service)")
        String taskId,

        @Schema(description = "The task number as the plan writes it, e.g. 3 or (二)3")
        String number,

        @Schema(description = "The task text (工作任务)") String title,

        @Schema(description = "The requirement text (工作要求); null when the plan has none")
        String requirement,

        @Schema(description = "The task's deadline as parsed")
        Deadline deadline,

        @Schema(description = "True when every LEAD and RESPONSIBLE assignment is COMPLETED")
        boolean complete,

        @Schema(description = "The task's 落实情况 today") TaskOutcome outcome,

        @Schema(description = "The task's light today: the worst of its deciding assignments, GREEN once complete")
        Light light,

        @Schema(
                description = "One row per assigned unit the caller may see"
                        + " (unit staff their own, county systems their region's)")
        List<UnitProgress> units) {

    /** A unit's standing on the task; {@code latestReport} is null until it has reported. */
    @Schema(description = "An assigned unit's standing on the task")
    public record UnitProgress(
            @Schema(description = "The assignment's id (UUID, as in assignment-service)")
            String assignmentId,

            @Schema(description = "The unit's directory id, e.g. 341800-fgw")
            String unitId,

            @Schema(description = "The unit's name") String unitName,

            @Schema(description = "The unit's part in the task")
            UnitRole role,

            @Schema(description = "The assignment's status") AssignmentStatus status,

            @Schema(
                    description = "The fixed due date (ISO-8601 date, Asia/Shanghai);"
                            + " null for ongoing, periodic or unspecified deadlines")
            LocalDate dueDate,

            @Schema(description = "True when the fixed due date has passed and the assignment is not completed")
            boolean overdue,

            @Schema(
                    description = "True when ongoing or periodic work has reported nothing"
                            + " since the start of the last reporting period that is due")
            boolean reportLate,

            @Schema(
                    description = "RED overdue; YELLOW due within the warning window (calendar"
                            + " days, 5 by default) or a periodic report late; GREEN otherwise")
            Light light,

            @Schema(description = "The unit's latest progress report; null until it has reported")
            ReportFacts latestReport) {}
}
