package org.taizhang.reporting.service;

import java.util.List;
import java.util.Map;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.RegionSummary;
import org.taizhang.reporting.compute.Tally;

/** A city plan rolled up across its counties' derived plans, each county with its completion and worst light. */
public record RollupView(
        String planId, String title, Tally cityTasks, List<County> counties, List<RegionSummary.TaskLineage> tasks) {

    /** One county's derived plan (with the plans derived from it in turn). */
    public record County(
            String planId,
            String regionCode,
            String regionName,
            Tally tasks,
            Tally assignments,
            double taskPercent,
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
