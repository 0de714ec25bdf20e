package org.taizhang.reporting.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.UnitSummary;

/** A unit's year, ledger-like (台账): its summary and one row per live assignment, in plan and task order. */
public record UnitReport(
        String unitId, String unitName, String regionCode, int year, UnitSummary summary, List<Row> rows) {

    /** One assignment of the unit. */
    public record Row(
            String planId,
            String planTitle,
            String taskId,
            String taskNumber,
            String taskTitle,
            UnitRole role,
            String deadline,
            LocalDate dueDate,
            AssignmentStatus status,
            boolean overdue,
            boolean reportLate,
            Light light,
            Instant lastReportAt) {}
}
