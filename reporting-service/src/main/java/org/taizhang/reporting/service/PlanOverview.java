package org.taizhang.reporting.service;

import java.util.List;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.OverdueItem;
import org.taizhang.reporting.compute.PlanSummary;
import org.taizhang.reporting.compute.TaskOutcome;
import org.taizhang.reporting.compute.UnitSummary;
import org.taizhang.reporting.entity.Plan;

/** Everything the dashboard's plan page shows: figures, charts (inline SVG), tasks, units, counties, overdue work. */
public record PlanOverview(
        Plan plan,
        PlanSummary summary,
        List<SectionBar> sections,
        String sectionChart,
        List<CountyBar> counties,
        String countyChart,
        String completionChart,
        List<TaskRow> tasks,
        List<UnitSummary> units,
        List<OverdueItem> overdue,
        int overdueTotal) {

    /** One page of the plan's units, in the order of {@link #units} (worst first), {@code size} to a page. */
    public List<UnitSummary> unitsPage(int page, int size) {
        long from = (long) page * size;
        if (from >= units.size()) {
            return List.of();
        }
        return units.subList((int) from, (int) Math.min(units.size(), from + size));
    }

    /** A top-level section with its completion bar. */
    public record SectionBar(String title, PlanSummary.SectionSummary figures, String bar) {}

    /** A county (a derived plan, or the plan's units of that region) with its completion bar and light. */
    public record CountyBar(String label, String planId, double percent, Light light, String bar) {}

    /** A task in the plan's table. */
    public record TaskRow(
            String taskId,
            String number,
            String title,
            String section,
            String deadline,
            TaskOutcome outcome,
            Light light,
            int unitsCompleted,
            int units) {}
}
