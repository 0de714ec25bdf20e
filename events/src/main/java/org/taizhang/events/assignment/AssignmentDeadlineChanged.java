package org.taizhang.events.assignment;

import java.time.Instant;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.plan.Deadline;

/** An amendment moved an assignment's deadline; reminders are rescheduled from it. */
public record AssignmentDeadlineChanged(
        String assignmentId,
        String planId,
        String taskId,
        String unitId,
        Deadline previous,
        Deadline deadline,
        Instant changedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
