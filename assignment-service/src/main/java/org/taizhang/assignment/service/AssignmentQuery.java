package org.taizhang.assignment.service;

import org.taizhang.events.assignment.AssignmentStatus;

/**
 * Filters of the assignment list; {@code regionCode} includes every unit inside the region; {@code after} is the
 * cursor of the previous page (null for a numbered page).
 */
public record AssignmentQuery(
        String planId,
        String taskId,
        String unitId,
        String regionCode,
        AssignmentStatus status,
        Boolean overdue,
        int page,
        int size,
        AssignmentOrder order,
        String after) {

    /** The same query, for one unit only. */
    public AssignmentQuery withUnit(String unit) {
        return new AssignmentQuery(planId, taskId, unit, regionCode, status, overdue, page, size, order, after);
    }

    /** The same query, inside one region only. */
    public AssignmentQuery withRegion(String region) {
        return new AssignmentQuery(planId, taskId, unitId, region, status, overdue, page, size, order, after);
    }
}
