package org.taizhang.reporting.compute;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A city plan rolled up across the plans its counties derived from it: each county's figures, and for each city
 * task how far every county has carried the tasks derived from it.
 */
public record RegionSummary(
        String planId, String title, Tally cityTasks, List<CountyFigures> counties, List<TaskLineage> tasks) {

    /** A county's derived plan (with any plans derived from it in turn). */
    public record CountyFigures(String planId, String regionCode, String regionName, Tally tasks, Tally assignments) {}

    /** A city task and, per county that derived it, how its derived tasks stand. */
    @Schema(description = "A city task and how far every county has carried the tasks derived from it")
    public record TaskLineage(
            @Schema(description = "The city task's id (UUID)")
            String taskId,

            @Schema(description = "The city task's number as the plan writes it")
            String number,

            @Schema(description = "The city task's text") String title,

            @Schema(description = "How many counties have completed every task they derived from it")
            int countiesCompleted,

            @Schema(description = "One entry per county that derived it")
            List<CountyTask> counties) {}

    /** The tasks one county derived from a city task: how many, how many complete, how many overdue. */
    @Schema(description = "The tasks one county derived from a city task")
    public record CountyTask(
            @Schema(description = "The 6-digit administrative division code of the county, e.g. 341821")
            String regionCode,

            @Schema(description = "The county's name, e.g. 郎溪县")
            String regionName,

            @Schema(description = "The derived tasks: how many, how many complete, how many overdue")
            Tally tasks) {

        public boolean complete() {
            return tasks.total() > 0 && tasks.completed() == tasks.total();
        }
    }
}
