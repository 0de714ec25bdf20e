package org.taizhang.console.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A batch of reports a county system pushed, with each report's outcome (results only on a single batch). */
public record ProgressBatch(
        UUID id,
        String reportedBy,
        String reportedVia,
        String region,
        Instant receivedAt,
        int reports,
        int accepted,
        int duplicates,
        int rejected,
        List<Result> results) {

    /** What became of one report of the batch. */
    public record Result(
            int position,
            String reportId,
            String outcome,
            String code,
            String reason,
            UUID assignmentId,
            String taskNumber,
            String unitName) {}
}
