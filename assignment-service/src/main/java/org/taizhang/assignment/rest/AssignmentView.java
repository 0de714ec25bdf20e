package org.taizhang.assignment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.planning.Light;
import org.taizhang.assignment.planning.LightRules;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/** An assignment as JSON, with its derived overdue flag, light and whether a periodic report is late. */
public record AssignmentView(
        UUID id,
        String planId,
        String taskId,
        String taskNumber,
        String taskTitle,
        String unitId,
        String unitName,
        String regionCode,
        UnitRole role,
        Deadline deadline,
        AssignmentStatus status,
        boolean overdue,
        Light light,
        Integer percent,
        String lastSummary,
        Instant lastReportAt,
        Instant completedAt,
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
