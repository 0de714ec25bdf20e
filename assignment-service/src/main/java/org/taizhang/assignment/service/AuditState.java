package org.taizhang.assignment.service;

import java.time.Instant;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/** What the audit trail keeps of an assignment at one moment. */
public record AuditState(
        AssignmentStatus status,
        Integer percent,
        String summary,
        UnitRole role,
        Deadline deadline,
        Instant lastReportAt,
        Instant completedAt,
        Instant cancelledAt,
        String cancelReason) {

    public static AuditState of(Assignment a) {
        return new AuditState(
                a.status,
                a.percent,
                a.lastSummary,
                a.role,
                a.deadline(),
                a.lastReportAt,
                a.completedAt,
                a.cancelledAt,
                a.cancelReason);
    }
}
