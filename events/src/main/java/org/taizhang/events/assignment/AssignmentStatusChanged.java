package org.taizhang.events.assignment;

import java.time.Instant;
import org.taizhang.events.DomainEvent;

/** An assignment's status moved, by a report or by the office. */
public record AssignmentStatusChanged(
        String assignmentId,
        String planId,
        String taskId,
        String unitId,
        AssignmentStatus previousStatus,
        AssignmentStatus status,
        String changedBy,
        Instant changedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
