package org.taizhang.reporting.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.taizhang.platform.region.RegionCodes;

/**
 * The SQL of one overdue list: the whole filter in the database, so that every page is full, ordered by its keyset
 * (fixed due date, then assignment id) along the partial indexes of V2026_12_07_63. Overdue is
 * TaskCompletion.isOverdue: not COMPLETED, a FIXED deadline whose date is before today; of created, uncancelled
 * assignments of the live tasks of plans in the read model. The conditions the indexes are partial on are literals, so
 * that even a generic plan can use them.
 */
final class OverdueSql {

    /**
     * The region codes {@link RegionCodes#significant} reads: digits only, 2, 4, 6 or 9 of them, or 12 ending in 000.
     * With the prefix this makes the region test exactly {@link RegionCodes#contains}: such a code starts with a
     * region's significant digits exactly when its own significant digits do (a code's significant digits end where
     * its zero padding starts, and a region's own never end in a level's zeros).
     */
    static final String VALID_CODE = "^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}(000)?)?)?)?$";

    private static final int COUNTY_DIGITS = 6;
    private static final String SELECT = "select a.assignment_id, a.plan_id, a.task_id, t.number, t.title, a.unit_id,"
            + " a.unit_name, a.role, a.status, a.due_date, a.last_report_at";
    // A task id names one task of one plan, the assignment's. Joined on the plan as well, the planner took the two
    // (correlated) plan conditions as independent, expected 72 of the province plan's 55,000 overdue rows and sorted
    // them all instead of walking the plan's index for a page.
    private static final String FROM = " from assignment a"
            + " join task t on t.task_id = a.task_id and t.withdrawn_at is null"
            + " join plan p on p.plan_id = a.plan_id";
    private static final String KEY = "a.due_date, a.assignment_id";

    private final StringJoiner where = new StringJoiner(" and ", " where ", "");
    private final Map<String, Object> params = new HashMap<>();

    OverdueSql(OverdueQuery query, LocalDate today) {
        where.add("a.status <> 'COMPLETED'");
        where.add("a.deadline_kind = 'FIXED'");
        where.add("a.created");
        where.add("a.cancelled_at is null");
        where.add("a.due_date < :today");
        params.put("today", today);
        if (query.year() != null) {
            where.add("p.year = :year");
            params.put("year", query.year());
        }
        if (query.planId() != null) {
            where.add("a.plan_id = :plan");
            params.put("plan", query.planId());
        }
        if (query.unitId() != null) {
            where.add("a.unit_id = :unit");
            params.put("unit", query.unitId());
        }
        if (query.regionCode() != null) {
            region(RegionCodes.significant(query.regionCode()));
        }
    }

    /** The page's rows after the cursor (if any), in the list's order, at most {@code limit}. */
    String page(OverdueCursor after, int limit) {
        String rows = where.toString();
        if (after != null) {
            rows += " and (" + KEY + ") > (:afterDue, :afterId)";
        }
        return SELECT + FROM + rows + " order by " + KEY + " limit " + limit;
    }

    /** How many rows match, counting no further than {@code cap}. */
    String count(int cap) {
        return "select count(*) from (select 1" + FROM + where + " limit " + cap + ") capped";
    }

    /** The parameters of {@link #page} (with the cursor's) or of {@link #count} (without). */
    Map<String, Object> params(OverdueCursor after) {
        Map<String, Object> all = new HashMap<>(params);
        if (after != null) {
            all.put("afterDue", after.dueDate());
            all.put("afterId", after.assignmentId());
        }
        return all;
    }

    private void region(String digits) {
        if (digits.isEmpty()) {
            where.add("false"); // an invalid region contains nothing (the resource refuses one before this)
            return;
        }
        where.add("a.region_code ~ :validCode"); // a parameter: Hibernate reads braces in native SQL as its own
        params.put("validCode", VALID_CODE);
        if (digits.length() == COUNTY_DIGITS) {
            // the prefix as assignment_overdue_by_county indexes it, alone: with the LIKE as well the planner took
            // the two for independent, expected a handful of rows and sorted the county's 7,500 for each page
            where.add("left(a.region_code, " + COUNTY_DIGITS + ") = :county");
            params.put("county", digits);
        } else {
            // a city or the province walks the list's order, filtering; a town is a few hundred rows
            where.add("a.region_code like :region");
            params.put("region", digits + "%");
        }
    }
}
