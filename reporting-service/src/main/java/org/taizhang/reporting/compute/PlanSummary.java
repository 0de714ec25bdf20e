package org.taizhang.reporting.compute;

import java.util.List;
import java.util.Map;
import org.taizhang.events.assignment.AssignmentStatus;

/**
 * A plan at a glance: task and assignment figures, tasks by 落实情况 and by light, the deciding assignments by status,
 * and the same figures per top-level section. Maps hold every key, zeros included, in enum order.
 */
public record PlanSummary(
        String planId,
        String title,
        int year,
        Tally tasks,
        Tally assignments,
        Map<TaskOutcome, Integer> tasksByOutcome,
        Map<AssignmentStatus, Integer> assignmentsByStatus,
        Map<Light, Integer> taskLights,
        List<SectionSummary> sections) {

    /** One top-level section (一、…) of the plan; tasks under no heading are gathered under an empty title. */
    public record SectionSummary(String title, Tally tasks, Tally assignments, Light light) {}
}
