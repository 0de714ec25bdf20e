package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.taizhang.assignment.entity.PendingItem;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.assignment.planning.PendingMention;
import org.taizhang.events.plan.UnitRole;

/** A unit mention waiting for the office, with its task and, for an ambiguous name, the candidate units. */
public record PendingItemView(
        UUID id,
        String planId,
        String taskId,
        String taskNumber,
        String taskTitle,
        String mention,
        UnitRole role,
        PendingMention.Reason reason,
        List<String> candidateUnitIds,
        PendingItem.Status status,
        Instant createdAt,
        String resolvedBy,
        Instant resolvedAt,
        List<String> resolvedUnitIds,
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
