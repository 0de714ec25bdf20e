package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.PendingItem;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.assignment.planning.PendingMention;
import org.taizhang.events.plan.UnitRole;

/** A unit mention waiting for the office, with its task and, for an ambiguous name, the candidate units. */
@Schema(
        description = "A unit mention waiting for the office, with its"
                + " task and, for an ambiguous name, the candidate units")
public record PendingItemView(
        @Schema(description = "The pending item's id") UUID id,

        @Schema(description = "The plan's id (UUID, as in plan-service)")
        String planId,

        @Schema(description = "The task's id (UUID, as in plan-service)")
        String taskId,

        @Schema(description = "The task number as the plan writes it; null when the task is unknown here")
        String taskNumber,

        @Schema(description = "The task text; null when the task is unknown here")
        String taskTitle,

        @Schema(description = "The mention as the plan writes it, e.g. 有关单位")
        String mention,

        @Schema(description = "The part the mentioned units would play")
        UnitRole role,

        @Schema(description = "Why it waits for the office") PendingMention.Reason reason,

        @Schema(description = "For AMBIGUOUS_NAME, the directory ids it may mean; empty otherwise")
        List<String> candidateUnitIds,

        @Schema(description = "Where the office is with it") PendingItem.Status status,

        @Schema(description = "When it was raised: a UTC instant (ISO-8601), e.g. 2026-05-20T02:00:00Z")
        Instant createdAt,

        @Schema(description = "The subject of the office account that settled it; null while OPEN")
        String resolvedBy,

        @Schema(
                description = "When it was settled: a UTC instant"
                        + " (ISO-8601), e.g. 2026-05-20T02:00:00Z; null while OPEN")
        Instant resolvedAt,

        @Schema(description = "For RESOLVED, the units chosen; empty otherwise")
        List<String> resolvedUnitIds,

        @Schema(description = "For DISMISSED, why no assignment is needed; null otherwise")
        String note) {

    public static PendingItemView from(PendingItem item, TrackedTask task) {
        return new PendingItemView(
                item.id,
                item.planId,
                item.taskId,
                task == null ? null : task.number,
                task == null ? null : task.title,
                item.mentionRaw == null ? item.mentionName : item.mentionRaw,
                item.role,
                item.reason,
                split(item.candidateIds),
                item.status,
                item.createdAt,
                item.resolvedBy,
                item.resolvedAt,
                split(item.resolvedUnitIds),
                item.note);
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.split(","));
    }
}
