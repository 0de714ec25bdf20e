package org.taizhang.assignment.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/** One line of a unit's ledger (台账): a task the unit carries and where it stands. */
public record LedgerRow(
        UUID assignmentId,
        String planId,
        String planTitle,
        String taskNumber,
        String taskTitle,
        String requirement,
        UnitRole role,
        Deadline deadline,
        AssignmentStatus status,
        Integer percent,
        boolean overdue,
        Light light,
        Instant lastReportAt,
        String lastSummary) {

    public LocalDate dueDate() {
        return deadline == null ? null : deadline.dueDate();
    }
}
