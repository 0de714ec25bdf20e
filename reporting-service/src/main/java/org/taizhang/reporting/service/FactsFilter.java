package org.taizhang.reporting.service;

import java.util.List;
import java.util.function.Predicate;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Narrows plans to some of their assignments (one unit's, one region's) for figures that count assignments. */
final class FactsFilter {

    private FactsFilter() {}

    /** The plans with only the assignments kept; tasks left without any are dropped. */
    static List<PlanFacts> keep(List<PlanFacts> plans, Predicate<AssignmentFacts> kept) {
        return plans.stream()
                .map(p -> new PlanFacts(
                        p.planId(),
                        p.title(),
                        p.year(),
                        p.regionCode(),
                        p.regionName(),
                        p.parentPlanId(),
                        p.tasks().stream()
                                .map(t -> keep(t, kept))
                                .filter(t -> !t.assignments().isEmpty())
                                .toList()))
                .toList();
    }

    private static TaskFacts keep(TaskFacts t, Predicate<AssignmentFacts> kept) {
        return new TaskFacts(
                t.taskId(),
                t.number(),
                t.sectionPath(),
                t.title(),
                t.requirement(),
                t.leadUnits(),
                t.responsibleUnits(),
                t.deadline(),
                t.sourceTaskId(),
                t.assignments().stream().filter(kept).toList());
    }
}
