package org.taizhang.events.assignment;

import java.time.Instant;
import org.taizhang.events.DomainEvent;

/** An assignment no longer applies (task withdrawn, unit removed from it). */
public record AssignmentCancelled(
        String assignmentId, String planId, String taskId, String unitId, String reason, Instant cancelledAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
