package org.taizhang.assignment.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.assignment.service.ReportOutcome;

/** The answer to a batch: one result per report in the order sent, and the counts. */
@Schema(description = "The answer to a batch: one result per report in the order sent, and the counts")
public record BatchResultView(
        @Schema(description = "The batch's id in the batch log: GET /api/progress/batches/{batchId} shows it again")
        UUID batchId,

        @Schema(description = "One result per report, in the order sent")
        List<Item> results,

        @Schema(description = "How many reports were recorded now")
        long accepted,

        @Schema(description = "How many had been recorded before (retries)")
        long duplicates,

        @Schema(description = "How many were rejected") long rejected) {

    /** What became of one report; {@code code} and {@code reason} only for a rejection. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "What became of one report")
    public record Item(
            @Schema(description = "The report's id as sent") String reportId,
            @Schema(description = "What became of it") ReportOutcome.Outcome outcome,

            @Schema(
                    description =
                            "For REJECTED, why, as a stable code:" + " UNKNOWN_ASSIGNMENT, NOT_YOURS, INVALID_FIELD,"
                                    + " INVALID_TRANSITION, CONFLICT or CLOSED; left out otherwise")
            String code,

            @Schema(description = "For REJECTED, why, in words; left out otherwise")
            String reason,

            @Schema(description = "The assignment the report was recorded on (UUID); left out for REJECTED")
            UUID assignmentId) {

        static Item from(BatchEntry entry, ReportOutcome outcome) {
            if (outcome.outcome() == ReportOutcome.Outcome.REJECTED) {
                return new Item(
                        entry.reportId(),
                        outcome.outcome(),
                        outcome.rejection().reason().name(),
                        outcome.rejection().message(),
                        null);
            }
            return new Item(entry.reportId(), outcome.outcome(), null, null, outcome.report().assignmentId);
        }
    }

    public static BatchResultView from(UUID batchId, List<BatchEntry> entries, List<ReportOutcome> outcomes) {
        List<Item> items = new java.util.ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            items.add(Item.from(entries.get(i), outcomes.get(i)));
        }
        return new BatchResultView(
                batchId,
                items,
                count(items, ReportOutcome.Outcome.ACCEPTED),
                count(items, ReportOutcome.Outcome.DUPLICATE),
                count(items, ReportOutcome.Outcome.REJECTED));
    }

    private static long count(List<Item> items, ReportOutcome.Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
