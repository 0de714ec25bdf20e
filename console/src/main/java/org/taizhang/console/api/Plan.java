package org.taizhang.console.api;

import java.time.Instant;
import java.util.UUID;

/** A plan as plan-service shows it. */
public record Plan(
        UUID id,
        String title,
        int year,
        String regionCode,
        String regionName,
        String level,
        UUID parentPlanId,
        String status,
        long taskCount,
        String sourceFilename,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant closedAt) {

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
