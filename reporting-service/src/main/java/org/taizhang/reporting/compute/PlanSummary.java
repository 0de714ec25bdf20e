package org.taizhang.reporting.compute;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.assignment.AssignmentStatus;

/**
 * A plan at a glance: task and assignment figures, tasks by 落实情况 and by light, the deciding assignments by status,
 * and the same figures per top-level section. Maps hold every key, zeros included, in enum order.
 */
@Schema(description = "A published plan at a glance, overall and per top-level section")
public record PlanSummary(
        @Schema(description = "The plan's id (UUID, as in plan-service)")
        String planId,

        @Schema(description = "The plan's title") String title,
        @Schema(description = "The plan year, e.g. 2026") int year,

        @Schema(description = "Tasks: how many, how many complete, how many overdue")
        Tally tasks,

        @Schema(
                description = "The deciding (LEAD and RESPONSIBLE)"
                        + " assignments: how many, how many completed, how many overdue")
        Tally assignments,

        @Schema(
                description = "How many tasks have each 落实情况 (COMPLETED, UNFINISHED,"
                        + " CONTINUING, IN_PROGRESS); every key present, zeros included")
        Map<TaskOutcome, Integer> tasksByOutcome,

        @Schema(description = "How many deciding assignments are in each status; every key present, zeros included")
        Map<AssignmentStatus, Integer> assignmentsByStatus,

        @Schema(description = "How many tasks show each light (GREEN, YELLOW, RED); every key present, zeros included")
        Map<Light, Integer> taskLights,

        @Schema(description = "The same figures per top-level section (一、…), in document order")
        List<SectionSummary> sections) {

    /** One top-level section (一、…) of the plan; tasks under no heading are gathered under an empty title. */
    @Schema(
            description = "A top-level section (一、…) of the plan; tasks"
                    + " under no heading are gathered under an empty title")
    public record SectionSummary(
            @Schema(description = "The section heading as the plan writes it; empty for tasks under no heading")
            String title,

            @Schema(description = "Tasks: how many, how many complete, how many overdue")
            Tally tasks,

            @Schema(
                    description = "The deciding (LEAD and RESPONSIBLE)"
                            + " assignments: how many, how many completed, how many overdue")
            Tally assignments,

            @Schema(description = "The worst light of the section's tasks")
            Light light) {}
}
