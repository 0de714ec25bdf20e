package org.taizhang.reporting.model;

import java.util.List;
import org.taizhang.events.plan.Deadline;

/**
 * A task of a plan. The unit lists are the names as the plan states them (group phrases such as 各县（市、区）政府 kept
 * whole), for tables; the assignments are the concrete units they were expanded into, for figures. A task derived
 * from another plan's task names it in {@code sourceTaskId}.
 */
public record TaskFacts(
        String taskId,
        String number,
        List<String> sectionPath,
        String title,
        String requirement,
        List<String> leadUnits,
        List<String> responsibleUnits,
        Deadline deadline,
        String sourceTaskId,
        List<AssignmentFacts> assignments) {

    public TaskFacts {
        sectionPath = sectionPath == null ? List.of() : List.copyOf(sectionPath);
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        responsibleUnits = responsibleUnits == null ? List.of() : List.copyOf(responsibleUnits);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }
}
