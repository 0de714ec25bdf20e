package org.taizhang.reporting.model;

import java.time.Instant;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/**
 * One unit's share of a task, as it stands now (cancelled assignments are left out by the caller). The deadline is
 * the assignment's own, which an amendment may have moved away from the task's.
 */
public record AssignmentFacts(
        String assignmentId,
        String unitId,
        String unitName,
        String regionCode,
        UnitRole role,
        AssignmentStatus status,
        Deadline deadline,
        Instant assignedAt,
        Instant completedAt,
        Instant lastReportAt) {}
