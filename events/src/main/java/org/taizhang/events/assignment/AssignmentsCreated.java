package org.taizhang.events.assignment;

import java.time.Instant;
import java.util.List;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;

/**
 * Units were given one task of a published plan, many at once: a province task names thousands of units, and one
 * event per assignment cost the fan-out as much as the assignments themselves. Keyed by the task, so an assignment's
 * later events (keyed by the assignment) may overtake it: consumers hold those until it arrives.
 */
public record AssignmentsCreated(
        String planId,
        String taskId,
        String taskNumber,
        String taskTitle,
        Deadline deadline,
        Instant createdAt,
        List<NewAssignment> assignments)
        implements DomainEvent {

    /** Most assignments one event carries: well under the relay's 1 MiB record limit at the longest unit names. */
    public static final int MAX_ASSIGNMENTS = 500;

    public AssignmentsCreated {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    @Override
    public String aggregateId() {
        return taskId;
    }

    /** Each assignment as the single-assignment event it stands for, in the order given. */
    public List<AssignmentCreated> each() {
        return assignments.stream()
                .map(a -> new AssignmentCreated(
                        a.assignmentId(),
                        planId,
                        taskId,
                        taskNumber,
                        taskTitle,
                        a.unitId(),
                        a.unitName(),
                        a.regionCode(),
                        a.role(),
                        deadline,
                        a.status(),
                        createdAt))
                .toList();
    }

    /** One unit's new assignment of the task. */
    public record NewAssignment(
            String assignmentId,
            String unitId,
            String unitName,
            String regionCode,
            UnitRole role,
            AssignmentStatus status) {}
}
