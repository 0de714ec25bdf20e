package org.taizhang.events.assignment;

import java.time.Instant;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/** A unit was given a task of a published plan. */
public record AssignmentCreated(
        String assignmentId,
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
        Instant createdAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
