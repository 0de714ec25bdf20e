package org.taizhang.events.assignment;

import java.time.Instant;
import java.util.List;
import org.taizhang.events.DomainEvent;

/** A unit or an integrated county system reported progress on an assignment. */
public record ProgressReported(
        String reportId,
        String assignmentId,
        String planId,
        String taskId,
        String unitId,
        AssignmentStatus status,
        String summary,
        List<String> evidenceUrls,
        String reportedBy,
        String reportedVia,
        String clientReference,
        Instant reportedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
