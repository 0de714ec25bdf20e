package org.taizhang.reporting.service;

import java.time.LocalDate;

/**
 * Which of the plans' assignments a report reads: one unit's, those within a region, those still open with a fixed
 * date before a day; null reads any. Narrowing in the query keeps a province's 2,000,000 assignments out of the heap.
 */
public record AssignmentScope(String unitId, String regionCode, LocalDate overdueOn) {

    public static final AssignmentScope ALL = new AssignmentScope(null, null, null);

    public static AssignmentScope unit(String unitId) {
        return new AssignmentScope(unitId, null, null);
    }
}
