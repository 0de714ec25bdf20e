package org.taizhang.assignment.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.ProgressBatch;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.assignment.service.LoggedBatch;

/** A logged batch: who pushed it, when, its counts, and in the detail every report's outcome. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A batch of progress reports as logged when it was pushed to POST /api/progress/batch")
public record ProgressBatchView(
        @Schema(description = "The batch's id (UUID), as its answer gave it in batchId")
        UUID id,

        @Schema(description = "Who pushed it: the token subject, for a county system its client's service account")
        String reportedBy,

        @Schema(description = "The pusher's role: INTEGRATION (a county system), UNIT or OFFICE")
        Reporter.Via reportedVia,

        @Schema(description = "For a unit's staff, their unit's directory id (e.g. 341800-fgw); left out otherwise")
        String unitId,

        @Schema(description = "For a county system, the region claim of its token (e.g. 341821); left out otherwise")
        String region,

        @Schema(description = "When Taizhang received the batch, a UTC instant; also the receipt time of its reports")
        Instant receivedAt,

        @Schema(description = "How many reports the batch carried (at most taizhang.assignments.max-batch, 1000)")
        int reports,

        @Schema(description = "How many were recorded then") int accepted,

        @Schema(description = "How many had been recorded before (retries)")
        int duplicates,

        @Schema(description = "How many were rejected") int rejected,

        @Schema(
                description = "Every report's outcome in the order sent; only when one batch is asked for, left out"
                        + " in lists")
        List<BatchItemView> results) {

    static ProgressBatchView summary(ProgressBatch batch) {
        return of(batch, null);
    }

    static ProgressBatchView detail(LoggedBatch logged) {
        return of(
                logged.batch(), logged.items().stream().map(BatchItemView::from).toList());
    }

    private static ProgressBatchView of(ProgressBatch b, List<BatchItemView> results) {
        return new ProgressBatchView(
                b.id,
                b.reporter,
                b.reportedVia,
                b.unitId,
                b.region,
                b.receivedAt,
                b.reports,
                b.accepted,
                b.duplicates,
                b.rejected,
                results);
    }
}
