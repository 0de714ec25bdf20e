package org.taizhang.reporting.service;

import java.time.Instant;
import java.util.Map;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.PlanSummary;
import org.taizhang.reporting.compute.Tally;
import org.taizhang.reporting.entity.Plan;

/** A published plan in a list, with its headline figures and its worst task light. */
public record PlanListItem(
        String planId,
        String title,
        int year,
        String regionCode,
        String regionName,
        String parentPlanId,
        Instant publishedAt,
        Instant closedAt,
        Tally tasks,
        Tally assignments,
        double taskPercent,
        Light light) {

    public static PlanListItem from(Plan plan, PlanSummary summary) {
        Light worst = summary.taskLights().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .reduce(Light.GREEN, Light::worse);
        return new PlanListItem(
                plan.planId,
                plan.title,
                plan.year,
                plan.regionCode,
                plan.regionName,
                plan.parentPlanId,
                plan.publishedAt,
                plan.closedAt,
                summary.tasks(),
                summary.assignments(),
                summary.tasks().percent(),
                worst);
    }
}
