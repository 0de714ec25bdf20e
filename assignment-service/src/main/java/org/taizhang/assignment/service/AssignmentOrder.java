package org.taizhang.assignment.service;

/**
 * How the assignment list is ordered: by plan and task number, or by due date first (the unit's own list). Both end in
 * the unit's name and the id, so the order is total and a cursor continues it without duplicates or gaps. The keys are
 * the expressions the list indexes are built on (V2026_12_06_30): a missing task number sorts after every number and a
 * missing due date after every date, as NULLS LAST did.
 */
public enum AssignmentOrder {
    PLAN("a.plan_id, (a.task_number is null), coalesce(a.task_number, ''), a.unit_name, a.id"),
    // Open-ended (ONGOING, RECURRING) and unreadable deadlines have no date: they come after every dated one.
    DUE("coalesce(a.due_date, cast('infinity' as date)), a.plan_id, (a.task_number is null),"
            + " coalesce(a.task_number, ''), a.unit_name, a.id");

    /** DUE within one plan: the same order (plan_id is constant), in the column order of assignment_list_plan_due. */
    static final String DUE_WITHIN_PLAN = "a.plan_id, coalesce(a.due_date, cast('infinity' as date)),"
            + " (a.task_number is null), coalesce(a.task_number, ''), a.unit_name, a.id";

    private final String key;

    AssignmentOrder(String key) {
        this.key = key;
    }

    /** The sort key as a SQL row, for ORDER BY and for the cursor's row comparison. */
    String key() {
        return key;
    }

    /** The key for a list narrowed to one plan, led by plan_id so that the plan's index serves the cursor too. */
    String keyWithinPlan() {
        return this == DUE ? DUE_WITHIN_PLAN : key;
    }
}
