package org.taizhang.console.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A unit's ledger (台账) of one year: counts by status and light, and a row per assignment. */
public record Ledger(
        String unitId,
        String unitName,
        int year,
        Instant generatedAt,
        Map<String, Long> byStatus,
        Map<String, Long> byLight,
        long overdue,
        List<Row> rows) {

    /** One assignment as the ledger lists it. */
    public record Row(
            UUID assignmentId,
            String planTitle,
            String taskNumber,
            String taskTitle,
            String role,
            Deadline deadline,
            String status,
            Integer percent,
            boolean overdue,
            String light,
            Instant lastReportAt,
            String lastSummary) {}
}
