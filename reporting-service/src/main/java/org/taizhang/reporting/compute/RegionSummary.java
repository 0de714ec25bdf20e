package org.taizhang.reporting.compute;

import java.util.List;

/**
 * A city plan rolled up across the plans its counties derived from it: each county's figures, and for each city
 * task how far every county has carried the tasks derived from it.
 */
public record RegionSummary(
        String planId, String title, Tally cityTasks, List<CountyFigures> counties, List<TaskLineage> tasks) {

    /** A county's derived plan (with any plans derived from it in turn). */
    public record CountyFigures(String planId, String regionCode, String regionName, Tally tasks, Tally assignments) {}

    /** A city task and, per county that derived it, how its derived tasks stand. */
    public record TaskLineage(
            String taskId, String number, String title, int countiesCompleted, List<CountyTask> counties) {}

    /** The tasks one county derived from a city task: how many, how many complete, how many overdue. */
    public record CountyTask(String regionCode, String regionName, Tally tasks) {

        public boolean complete() {
            return tasks.total() > 0 && tasks.completed() == tasks.total();
        }
    }
}
