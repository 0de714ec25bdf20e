package org.taizhang.events.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.taizhang.events.DomainEvent;

/**
 * A unit or an integrated county system reported progress on an assignment. {@code reportedAt} is the time the report
 * claims; {@code receivedAt}, when Taizhang received it, is what timeliness is judged on (absent from the events of
 * producers before it was added). {@code evidenceFileIds} are the evidence files (佐证材料) the report cites, by id in
 * assignment-service; empty, never null, for a report citing none and for the events of producers before it was added.
 */
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
        Instant reportedAt,
        Instant receivedAt,
        List<String> evidenceFileIds)
        implements DomainEvent {

    public ProgressReported {
        evidenceFileIds = evidenceFileIds == null
                ? List.of()
                : evidenceFileIds.stream().filter(Objects::nonNull).toList();
    }

    /** When the report counts as made for lateness: its receipt, or for an older producer's event its claimed time. */
    public Instant countedAt() {
        return receivedAt != null ? receivedAt : reportedAt;
    }

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
