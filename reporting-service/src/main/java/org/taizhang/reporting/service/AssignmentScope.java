package org.taizhang.reporting.service;

/**
 * Which of the plans' assignments a report reads: one unit's, or any when null. Narrowing in the query keeps a
 * province's 2,000,000 assignments out of the heap.
 */
public record AssignmentScope(String unitId) {

    public static final AssignmentScope ALL = new AssignmentScope(null);

    public static AssignmentScope unit(String unitId) {
        return new AssignmentScope(unitId);
    }
}
