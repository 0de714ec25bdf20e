package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.events.assignment.AssignmentStatus;

/** The body of a single progress report. */
@Schema(description = "A progress report; COMPLETED needs a summary and at least one evidence link")
public record ProgressRequest(
        @Schema(description = "The client's own id; a retry with the same id and content is recognised")
        String reportId,

        @Schema(
                description = "The status the report sets; COMPLETED needs a summary and an"
                        + " evidence link, and only the office reopens a completed assignment")
        AssignmentStatus status,

        @Schema(
                description = "What was done, in the unit's words; at most 4000 characters, no"
                        + " control characters but tab and line breaks; required for COMPLETED")
        String summary,

        @Schema(description = "How far the work is, in percent (0–100); with COMPLETED only 100 or left out")
        Integer percent,

        @Schema(description = "Links to where the work can be seen, usually the published page")
        List<String> evidence,

        @Schema(description = "When the unit reported; defaults to when the server received it")
        Instant reportedAt,

        @Schema(
                description = "Ids of evidence files uploaded to this assignment"
                        + " (POST /api/assignments/{id}/evidence) that the report cites; at most 20")
        List<UUID> evidenceFileIds) {

    public ProgressInput toInput() {
        return new ProgressInput(reportId, status, summary, percent, evidence, reportedAt, evidenceFileIds);
    }
}
