package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.events.assignment.AssignmentStatus;

/** A stored progress report; {@code applied} is false for a report older than one already applied. */
@Schema(description = "A stored progress report")
public record ProgressReportView(
        @Schema(description = "The stored report's id") UUID id,
        @Schema(description = "The assignment's id (UUID)") UUID assignmentId,

        @Schema(description = "The reporter's own id for the report")
        String reportId,

        @Schema(description = "The assignment's status before the report")
        AssignmentStatus previousStatus,

        @Schema(description = "The status the report set") AssignmentStatus status,

        @Schema(description = "What was done, in the unit's words; null when not said")
        String summary,

        @Schema(description = "How far the work is, in percent (0–100); null when not said")
        Integer percent,

        @Schema(description = "Links to where the work can be seen")
        List<String> evidence,

        @Schema(description = "When the unit says it reported: a UTC instant (ISO-8601), e.g. 2026-05-20T02:00:00Z")
        Instant reportedAt,

        @Schema(
                description = "When Taizhang received it: a UTC instant (ISO-8601), e.g."
                        + " 2026-05-20T02:00:00Z; lateness and completion dates go by this")
        Instant receivedAt,

        @Schema(description = "The token subject that sent it")
        String reportedBy,

        @Schema(description = "Who sent it: OFFICE, UNIT, INTEGRATION (a county system) or NONE")
        String reportedVia,

        @Schema(
                description = "False for a report dated before one already"
                        + " applied: kept in the history, it changed nothing")
        boolean applied,

        @Schema(description = "Ids of the uploaded evidence files the report cites; empty when none")
        List<UUID> evidenceFileIds) {

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
                r.applied,
                r.evidenceFiles == null ? List.of() : List.of(r.evidenceFiles));
    }
}
