package org.taizhang.reporting.service;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.PlanSummary;
import org.taizhang.reporting.compute.Tally;
import org.taizhang.reporting.entity.Plan;

/** A published plan in a list, with its headline figures and its worst task light. */
@Schema(description = "A published plan with its headline figures and worst task light")
public record PlanListItem(
        @Schema(description = "The plan's id (UUID, as in plan-service)")
        String planId,

        @Schema(description = "The plan's title") String title,
        @Schema(description = "The plan year, e.g. 2026") int year,

        @Schema(description = "The 6-digit administrative division code of the plan's region, e.g. 341821")
        String regionCode,

        @Schema(description = "The region's name, e.g. 宣城市") String regionName,

        @Schema(description = "The plan it was derived from (a county plan's city plan); null for a plan of its own")
        String parentPlanId,

        @Schema(description = "When the plan was published: a UTC instant (ISO-8601)")
        Instant publishedAt,

        @Schema(description = "When the plan was closed: a UTC instant (ISO-8601); null while open")
        Instant closedAt,

        @Schema(description = "Tasks: how many, how many complete, how many overdue")
        Tally tasks,

        @Schema(
                description = "The deciding (LEAD and RESPONSIBLE)"
                        + " assignments: how many, how many completed, how many overdue")
        Tally assignments,

        @Schema(description = "Share of tasks complete, in percent (0–100, one decimal)")
        double taskPercent,

        @Schema(description = "The worst light of the plan's tasks")
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
