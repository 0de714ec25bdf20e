package org.taizhang.assignment.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.ProgressBatchItem;
import org.taizhang.assignment.service.ReportOutcome;

/** What became of one report of a logged batch; fields the report did not have are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What became of one report of a logged batch, as the batch's answer said, with its reference")
public record BatchItemView(
        @Schema(description = "The report's place in the batch, from 0")
        int position,

        @Schema(description = "The report's id as sent (cut to 100 characters); left out when it sent none")
        String reportId,

        @Schema(description = "What became of it") ReportOutcome.Outcome outcome,

        @Schema(
                description = "For REJECTED, why, as a stable code: UNKNOWN_ASSIGNMENT, NOT_YOURS, INVALID_FIELD,"
                        + " INVALID_TRANSITION, CONFLICT or CLOSED; left out otherwise")
        String code,

        @Schema(description = "For REJECTED, why, in words (cut to 500 characters); left out otherwise")
        String reason,

        @Schema(
                description = "The assignment (UUID) the report was recorded on; for REJECTED the assignmentId it"
                        + " named, left out when it named its assignment by plan, task number and unit")
        UUID assignmentId,

        @Schema(description = "The planId as sent, when the report named its assignment by plan; left out otherwise")
        String planId,

        @Schema(description = "The taskNumber as sent, e.g. 12 or (二)3; left out when not sent")
        String taskNumber,

        @Schema(description = "The unitName as sent, e.g. 郎溪县人民政府; left out when not sent")
        String unitName) {

    static BatchItemView from(ProgressBatchItem item) {
        return new BatchItemView(
                item.position,
                item.reportId,
                item.outcome,
                item.code,
                item.reason,
                item.assignmentId,
                item.planId,
                item.taskNumber,
                item.unitName);
    }
}
