package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.List;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.model.ReportFacts;

/** One task with each assigned unit's standing and its latest report, for the task page. */
public record TaskDetail(
        String taskId,
        String number,
        String title,
        String requirement,
        Deadline deadline,
        boolean complete,
        TaskOutcome outcome,
        Light light,
        List<UnitProgress> units) {

    /** A unit's standing on the task; {@code latestReport} is null until it has reported. */
    public record UnitProgress(
            String assignmentId,
            String unitId,
            String unitName,
            UnitRole role,
            AssignmentStatus status,
            LocalDate dueDate,
            boolean overdue,
            boolean reportLate,
            Light light,
            ReportFacts latestReport) {}
}
