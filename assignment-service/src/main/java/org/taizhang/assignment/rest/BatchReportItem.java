package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.service.AssignmentRef;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.events.assignment.AssignmentStatus;

/** One report of a batch: the assignment by id, or by plan, task number and unit name. */
@Schema(
        description = "One report of a batch: its assignment by assignmentId, or by"
                + " planId, taskNumber and unitName as the county system knows them")
public record BatchReportItem(
        @Schema(
                description = "The reporter's own id for the report, required,"
                        + " 1–100 characters; sending the same id and content"
                        + " again is answered DUPLICATE and counts nothing twice")
        String reportId,

        @Schema(description = "The assignment's id (UUID); or leave it out and name planId, taskNumber and unitName")
        UUID assignmentId,

        @Schema(
                description = "The plan's id (UUID, as in plan-service); with"
                        + " taskNumber and unitName when assignmentId is left out")
        String planId,

        @Schema(
                description = "The task number as the plan writes it, e.g. 3, or with"
                        + " its section where numbering restarts per section, e.g. (二)3")
        String taskNumber,

        @Schema(description = "The unit's name as written locally; resolved through the directory's names and aliases")
        String unitName,

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

        @Schema(
                description = "Links to where the work can be seen, usually the"
                        + " published page: absolute http(s) URLs of at most"
                        + " 2000 characters, at most 20; at least one for COMPLETED")
        List<String> evidence,

        @Schema(
                description = "When the unit says it reported, a UTC instant (ISO-8601),"
                        + " e.g. 2026-05-20T02:00:00Z; defaults to receipt. It may"
                        + " not be before the assignment existed, more than 7 days"
                        + " (taizhang.assignments.backdating) before receipt, or"
                        + " more than 5 minutes ahead; lateness goes by receipt, never by this")
        Instant reportedAt,

        @Schema(
                description = "Ids of evidence files uploaded to the report's assignment"
                        + " (POST /api/assignments/{id}/evidence) that the report cites; at"
                        + " most 20; a file of another assignment rejects the report")
        List<UUID> evidenceFileIds) {

    BatchEntry toEntry() {
        return new BatchEntry(
                reportId,
                new AssignmentRef(assignmentId, planId, taskNumber, unitName),
                new ProgressInput(reportId, status, summary, percent, evidence, reportedAt, evidenceFileIds),
                null);
    }
}
