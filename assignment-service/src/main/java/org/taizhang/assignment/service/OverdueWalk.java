package org.taizhang.assignment.service;

/**
 * The overdue list of a city or the office, in plan order, read plan by plan: a walk over the plans with open
 * fixed-date work (assignment_open_due, one probe to the next plan id) keeps those with any of it past due (one probe
 * within the plan), and only their rows are read, each plan's in its order and no more than the page needs. Walking the
 * plan-order index and testing each row's due date instead read every open row of the plans sorting first, and a plan
 * of 100,000 assignments due next year cost its whole size (V2026_12_08_10).
 */
final class OverdueWalk {

    /** The predicate of assignment_open_due, repeated exactly so that PostgreSQL proves the index applies. */
    private static final String OPEN =
            "o.cancelled_at is null and o.deadline_kind = 'FIXED' and o.status <> 'COMPLETED'";

    private OverdueWalk() {}

    /**
     * The page's statement. {@code rows} is the list's where clause (filters and cursor) on {@code assignment a}; each
     * plan's rows are read in {@code key} order, and the walk yields the plans in id order, so the rows come out in the
     * list's order without sorting them all.
     */
    static String page(String rows, String key, boolean afterCursor, int offset, int limit) {
        String first = afterCursor ? " and o.plan_id >= :afterPlan" : "";
        return "with recursive walk(plan_id) as ("
                + "(select o.plan_id from assignment o where " + OPEN + first + " order by o.plan_id limit 1)"
                + " union all select (select o.plan_id from assignment o where " + OPEN
                + " and o.plan_id > w.plan_id order by o.plan_id limit 1) from walk w where w.plan_id is not null)"
                + " select x.* from walk w cross join lateral (select a.* from assignment a" + rows
                + " and a.plan_id = w.plan_id order by " + key + " limit " + (offset + limit) + ") x"
                + " where w.plan_id is not null and exists (select 1 from assignment o where o.plan_id = w.plan_id and "
                + OPEN + " and o.due_date < :today)"
                + " limit " + limit + " offset " + offset;
    }
}
