package org.taizhang.reporting.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.assignment.AssignmentStatus;

/** A progress report a unit filed on an assignment, with the links where the work can be seen. */
@Schema(description = "A progress report a unit filed on an assignment")
public record ReportFacts(
        @Schema(description = "The reporter's own id of the report, unique per assignment")
        String reportId,

        @Schema(description = "The assignment's id (UUID)") String assignmentId,
        @Schema(description = "The status the report set") AssignmentStatus status,

        @Schema(description = "What the unit reported, in its words; may be null")
        String summary,

        @Schema(description = "Links to where the work can be seen, usually the published page; empty when none")
        List<String> evidenceUrls,

        @Schema(description = "When the unit says it reported: a UTC instant (ISO-8601), e.g. 2026-05-20T02:00:00Z")
        Instant reportedAt,

        @Schema(
                description = "When assignment-service received the report: a"
                        + " UTC instant (ISO-8601); timeliness goes by this")
        Instant receivedAt) {

    public ReportFacts {
        evidenceUrls = evidenceUrls == null ? List.of() : List.copyOf(evidenceUrls);
    }

    /** When the report counts as made for timeliness: its receipt, or where unknown (older events) its claimed time. */
    public Instant countedAt() {
        return receivedAt != null ? receivedAt : reportedAt;
    }
}
