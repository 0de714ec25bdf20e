package org.taizhang.console.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A unit mention assignment-service could not settle (待确认), waiting for the office to choose the units. */
public record PendingItem(
        UUID id,
        String planId,
        String taskId,
        String taskNumber,
        String taskTitle,
        String mention,
        String role,
        String reason,
        List<String> candidateUnitIds,
        String status,
        Instant createdAt,
        String resolvedBy,
        Instant resolvedAt,
        List<String> resolvedUnitIds,
        String note) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
