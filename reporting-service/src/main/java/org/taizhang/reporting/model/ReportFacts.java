package org.taizhang.reporting.model;

import java.time.Instant;
import java.util.List;
import org.taizhang.events.assignment.AssignmentStatus;

/** A progress report a unit filed on an assignment, with the links where the work can be seen. */
public record ReportFacts(
        String reportId,
        String assignmentId,
        AssignmentStatus status,
        String summary,
        List<String> evidenceUrls,
        Instant reportedAt,
        Instant receivedAt) {

    public ReportFacts {
        evidenceUrls = evidenceUrls == null ? List.of() : List.copyOf(evidenceUrls);
    }

    /** When the report counts as made for timeliness: its receipt, or where unknown (older events) its claimed time. */
    public Instant countedAt() {
        return receivedAt != null ? receivedAt : reportedAt;
    }
}
