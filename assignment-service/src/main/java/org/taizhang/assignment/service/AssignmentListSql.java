package org.taizhang.assignment.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.taizhang.platform.region.RegionCodes;

/**
 * The SQL of one assignment list: its filters, the cursor's row comparison and the order, written so that each list
 * (a unit's, a county's, the office's; each filter and order) has an index to walk (V2026_12_06_30).
 */
final class AssignmentListSql {

    private static final int COUNTY_DIGITS = 6;

    private final StringJoiner where = new StringJoiner(" and ", " where ", "");
    private final Map<String, Object> params = new HashMap<>();
    private final AssignmentOrder order;
    private final boolean onePlan;
    private final boolean walkPlans;
    private String pageRegion = "";
    private String countRegion = "";
    private final Map<String, Object> countParams = new HashMap<>();

    AssignmentListSql(AssignmentQuery query, LocalDate today) {
        this.order = query.order() == null ? AssignmentOrder.PLAN : query.order();
        this.onePlan = !blank(query.planId());
        where.add("a.cancelled_at is null");
        equal("a.plan_id", "plan", query.planId());
        equal("a.task_id", "task", query.taskId());
        equal("a.unit_id", "unit", query.unitId());
        boolean withinCounty = region(query.regionCode());
        if (query.status() != null) {
            where.add("a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.overdue() != null) {
            String overdue = "(a.deadline_kind = 'FIXED' and a.due_date < :today and a.status <> 'COMPLETED')";
            where.add(query.overdue() ? overdue : "not " + overdue);
            params.put("today", today);
        }
        this.walkPlans = Boolean.TRUE.equals(query.overdue())
                && order == AssignmentOrder.PLAN
                && !onePlan
                && blank(query.taskId())
                && blank(query.unitId())
                && !withinCounty;
    }

    /** Whether the page is read plan by plan ({@link OverdueWalk}). */
    boolean walksPlans() {
        return walkPlans;
    }

    AssignmentOrder order() {
        return order;
    }

    /** The parameters of {@link #count}: the filters' and the count's own range. */
    Map<String, Object> countParams() {
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(countParams);
        return all;
    }

    /** The parameters of {@link #page}: the filters' and the cursor's. */
    Map<String, Object> pageParams(AssignmentCursor after) {
        Map<String, Object> all = new HashMap<>(params);
        if (after != null) {
            all.put("afterPlan", after.planId());
            all.put("afterNumberMissing", after.taskNumber() == null);
            all.put("afterNumber", after.taskNumber() == null ? "" : after.taskNumber());
            all.put("afterUnitName", after.unitName());
            all.put("afterId", after.id());
            if (order == AssignmentOrder.DUE && after.dueDate() != null) {
                all.put("afterDue", after.dueDate());
            }
        }
        return all;
    }

    /** The page's rows: those after the cursor (if any), in order, {@code limit} of them from {@code offset}. */
    String page(AssignmentCursor after, int offset, int limit) {
        String key = onePlan ? order.keyWithinPlan() : order.key();
        String rows = where + pageRegion;
        if (after != null) {
            rows += " and (" + key + ") > (" + cursorRow(after) + ")";
        }
        if (walkPlans) {
            return OverdueWalk.page(rows, key, after != null, offset, limit);
        }
        return "select a.* from assignment a" + rows + " order by " + key + " limit " + limit + " offset " + offset;
    }

    /** How many rows match, counting no further than {@code cap}. */
    String count(int cap) {
        return "select count(*) from (select 1 from assignment a" + where + countRegion + " limit " + cap + ") capped";
    }

    private String cursorRow(AssignmentCursor after) {
        String rest = ":afterNumberMissing, :afterNumber, :afterUnitName, :afterId";
        if (order == AssignmentOrder.PLAN) {
            return ":afterPlan, " + rest;
        }
        String due = after.dueDate() == null ? "cast('infinity' as date)" : ":afterDue";
        return onePlan ? ":afterPlan, " + due + ", " + rest : due + ", :afterPlan, " + rest;
    }

    /** Narrows the list to the region; whether that is one county or part of one (its own indexes serve it). */
    private boolean region(String code) {
        if (blank(code)) {
            return false;
        }
        String digits = RegionCodes.significant(code.trim());
        if (digits.length() >= COUNTY_DIGITS) {
            // the county's own indexes narrow a county's or a town's list to its ~1/140 of the province
            where.add("left(a.region_code, " + COUNTY_DIGITS + ") = :county");
            params.put("county", digits.substring(0, COUNTY_DIGITS));
        }
        if (digits.length() > COUNTY_DIGITS) {
            where.add("a.region_code like :region");
            params.put("region", digits + "%");
        }
        if (digits.length() < COUNTY_DIGITS) {
            params.put("region", digits + "%");
            // the page walks its order index, filtering by the region's prefix
            pageRegion = " and a.region_code like :region";
            // A city's or the province's count walks its counties' range of the county count index, reading no table
            // row. The prefix is tested on the county digits (the same rows: the prefix is shorter than six digits)
            // so that the planner cannot intersect that range with assignment_by_region's instead: planned on a guess
            // of the range's size (an expression index's statistics are not used), it did, reading all 140,000 rows
            // of a city and their table pages to count 10,001 (100-180 ms instead of 4-12).
            countRegion = " and left(a.region_code, " + COUNTY_DIGITS + ") like :region" + " and left(a.region_code, "
                    + COUNTY_DIGITS + ") between :countyFrom and :countyTo";
            countParams.put("countyFrom", digits);
            countParams.put("countyTo", digits + "9".repeat(COUNTY_DIGITS - digits.length()));
        }
        return digits.length() >= COUNTY_DIGITS;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void equal(String column, String name, String value) {
        if (!blank(value)) {
            where.add(column + " = :" + name);
            params.put(name, value.trim());
        }
    }
}
