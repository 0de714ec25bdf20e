package org.taizhang.assignment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.taizhang.assignment.entity.ProgressBatchItem;
import org.taizhang.assignment.progress.BoundedText;
import org.taizhang.assignment.progress.ProgressRules;

/**
 * The log rows of a batch's reports: each report's outcome as answered, and the reference it named its assignment by,
 * every text cut to its column. A rejected report's assignment is the one it named by id, if any.
 */
final class BatchLogItems {

    static final int MAX_REASON = 500;
    static final int MAX_PLAN_ID = 100;
    static final int MAX_TASK_NUMBER = 100;
    static final int MAX_UNIT_NAME = 200;

    private BatchLogItems() {}

    static List<ProgressBatchItem> of(UUID batchId, List<BatchEntry> entries, List<ReportOutcome> outcomes) {
        List<ProgressBatchItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            items.add(item(batchId, i, entries.get(i), outcomes.get(i)));
        }
        return items;
    }

    private static ProgressBatchItem item(UUID batchId, int position, BatchEntry entry, ReportOutcome outcome) {
        ProgressBatchItem item = new ProgressBatchItem();
        item.batchId = batchId;
        item.position = position;
        item.reportId = BoundedText.fit(entry.reportId(), ProgressRules.MAX_REPORT_ID);
        item.outcome = outcome.outcome();
        AssignmentRef ref = entry.ref();
        if (outcome.rejection() != null) {
            item.code = outcome.rejection().reason().name();
            item.reason = BoundedText.fit(outcome.rejection().message(), MAX_REASON);
            item.assignmentId = ref == null ? null : ref.assignmentId();
        } else {
            item.assignmentId = outcome.report().assignmentId;
        }
        if (ref != null) {
            item.planId = BoundedText.fit(ref.planId(), MAX_PLAN_ID);
            item.taskNumber = BoundedText.fit(ref.taskNumber(), MAX_TASK_NUMBER);
            item.unitName = BoundedText.fit(ref.unitName(), MAX_UNIT_NAME);
        }
        return item;
    }
}
