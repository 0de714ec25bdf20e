package org.taizhang.assignment.service;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.progress.Reporter;

/**
 * What recording reports needs beyond the report itself, fetched once per request: the caller, the time, the
 * reporter's earlier reports by client id (grown as a batch is recorded), the plans already closed, and what
 * to write once every report is recorded (shared by all callers of one transaction, so that it keeps their order),
 * and the assignment of each evidence file the reports cite.
 */
public record ReportContext(
        Reporter reporter,
        Instant now,
        Map<String, ProgressReport> knownByClientId,
        Set<String> closedPlanIds,
        ReportWrites writes,
        Map<UUID, UUID> evidenceOwners) {}
