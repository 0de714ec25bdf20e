package org.taizhang.reporting.compute;

import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;

/** An assignment past its fixed due date and not completed: what the office chases (催办). */
public record OverdueItem(
        String planId,
        String taskId,
        String taskNumber,
        String taskTitle,
        String assignmentId,
        String unitId,
        String unitName,
        UnitRole role,
        AssignmentStatus status,
        LocalDate dueDate,
        long daysOverdue,
        Instant lastReportAt) {}
