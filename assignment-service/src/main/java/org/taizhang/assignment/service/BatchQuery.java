package org.taizhang.assignment.service;

import java.time.Instant;
import org.taizhang.assignment.entity.ProgressBatch;

/**
 * Filters of the batch log: batches pushed by this token subject, by this unit's staff, received at or after this
 * time; null means any.
 */
public record BatchQuery(String reporter, String unitId, Instant since, int page, int size) {

    /** Whether the query's pusher and unit, the caller's scope, take in the batch; its time and page do not count. */
    public boolean covers(ProgressBatch batch) {
        return (reporter == null || reporter.equals(batch.reporter)) && (unitId == null || unitId.equals(batch.unitId));
    }
}
