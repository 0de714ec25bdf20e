package org.taizhang.console.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A progress report on an assignment, as recorded. */
public record ProgressReport(
        UUID id,
        UUID assignmentId,
        String reportId,
        String previousStatus,
        String status,
        String summary,
        Integer percent,
        List<String> evidence,
        Instant reportedAt,
        Instant receivedAt,
        String reportedBy,
        String reportedVia,
        boolean applied,
        List<UUID> evidenceFileIds) {}
