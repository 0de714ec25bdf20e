package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.events.assignment.AssignmentStatus;

/** A stored progress report; {@code applied} is false for a report older than one already applied. */
public record ProgressReportView(
        UUID id,
        UUID assignmentId,
        String reportId,
        AssignmentStatus previousStatus,
        AssignmentStatus status,
        String summary,
        Integer percent,
        List<String> evidence,
        Instant reportedAt,
        Instant receivedAt,
        String reportedBy,
        String reportedVia,
        boolean applied) {

    public static ProgressReportView from(ProgressReport r) {
        return new ProgressReportView(
                r.id,
                r.assignmentId,
                r.clientReportId,
                r.previousStatus,
                r.status,
                r.summary,
                r.percent,
                List.of(r.evidence),
                r.reportedAt,
                r.receivedAt,
                r.reporter,
                r.reportedVia.name(),
                r.applied);
    }
}
