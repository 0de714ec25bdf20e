package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.service.AssignmentRef;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.events.assignment.AssignmentStatus;

/** One report of a batch: the assignment by id, or by plan, task number and unit name. */
public record BatchReportItem(
        String reportId,
        UUID assignmentId,
        String planId,
        String taskNumber,
        String unitName,
        AssignmentStatus status,
        String summary,
        Integer percent,
        List<String> evidence,
        Instant reportedAt) {

    BatchEntry toEntry() {
        return new BatchEntry(
                reportId,
                new AssignmentRef(assignmentId, planId, taskNumber, unitName),
                new ProgressInput(reportId, status, summary, percent, evidence, reportedAt),
                null);
    }
}
