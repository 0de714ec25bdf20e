package org.taizhang.console.api;

import java.time.Instant;
import java.util.UUID;

/** One unit's share of one task, with its light, as assignment-service shows it. */
public record Assignment(
        UUID id,
        String planId,
        String taskId,
        String taskNumber,
        String taskTitle,
        String unitId,
        String unitName,
        String regionCode,
        String role,
        Deadline deadline,
        String status,
        boolean overdue,
        String light,
        Integer percent,
        String lastSummary,
        Instant lastReportAt,
        Instant completedAt,
        boolean reportLate) {}
