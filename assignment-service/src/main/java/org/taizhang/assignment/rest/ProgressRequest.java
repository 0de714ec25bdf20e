package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.events.assignment.AssignmentStatus;

/** The body of a single progress report. */
@Schema(description = "A progress report; COMPLETED needs a summary and at least one evidence link")
public record ProgressRequest(
        @Schema(description = "The client's own id; a retry with the same id and content is recognised")
        String reportId,

        AssignmentStatus status,
        String summary,
        Integer percent,

        @Schema(description = "Links to where the work can be seen, usually the published page")
        List<String> evidence,

        @Schema(description = "When the unit reported; defaults to when the server received it")
        Instant reportedAt) {

    public ProgressInput toInput() {
        return new ProgressInput(reportId, status, summary, percent, evidence, reportedAt);
    }
}
