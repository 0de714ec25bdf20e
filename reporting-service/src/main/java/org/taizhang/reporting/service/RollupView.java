package org.taizhang.reporting.service;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.RegionSummary;
import org.taizhang.reporting.compute.Tally;

/** A city plan rolled up across its counties' derived plans, each county with its completion and worst light. */
@Schema(description = "A city plan rolled up across the plans its counties derived from it")
public record RollupView(
        @Schema(description = "The city plan's id (UUID, as in plan-service)")
        String planId,

        @Schema(description = "The city plan's title") String title,

        @Schema(description = "The city plan's own tasks: how many, how many complete, how many overdue")
        Tally cityTasks,

        @Schema(description = "One entry per county plan derived from it")
        List<County> counties,

        @Schema(description = "Per city task, how far every county has carried it")
        List<RegionSummary.TaskLineage> tasks) {

    /** One county's derived plan (with the plans derived from it in turn). */
    @Schema(description = "A county's derived plan, with the plans derived from it in turn")
    public record County(
            @Schema(description = "The county plan's id (UUID)")
            String planId,

            @Schema(description = "The 6-digit administrative division code of the county, e.g. 341821")
            String regionCode,

            @Schema(description = "The county's name, e.g. 郎溪县")
            String regionName,

            @Schema(description = "Tasks: how many, how many complete, how many overdue")
            Tally tasks,

            @Schema(
                    description = "The deciding (LEAD and RESPONSIBLE)"
                            + " assignments: how many, how many completed, how many overdue")
            Tally assignments,

            @Schema(description = "Share of tasks complete, in percent (0–100, one decimal)")
            double taskPercent,

            @Schema(description = "The worst light of the county plan's tasks; GREEN when it has none")
            Light light) {}

    /** The roll-up with each county's light looked up by its plan id (GREEN when it has no tasks). */
    public static RollupView from(RegionSummary summary, Map<String, Light> lightByPlan) {
        return new RollupView(
                summary.planId(),
                summary.title(),
                summary.cityTasks(),
                summary.counties().stream()
                        .map(c -> new County(
                                c.planId(),
                                c.regionCode(),
                                c.regionName(),
                                c.tasks(),
                                c.assignments(),
                                c.tasks().percent(),
                                lightByPlan.getOrDefault(c.planId(), Light.GREEN)))
                        .toList(),
                summary.tasks());
    }
}
