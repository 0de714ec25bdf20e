package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * Rolls a city plan up across its derived plans. A plan belongs to the county whose plan it descends from through
 * {@code parentPlanId} (so a town's plan counts for its county); a derived task belongs to the city task its
 * {@code sourceTaskId} chain leads back to. Plans and tasks that lead back to nothing in the city plan are ignored.
 */
public final class RegionRollup {

    private RegionRollup() {}

    public static RegionSummary rollup(PlanFacts city, Collection<PlanFacts> derived, LocalDate today) {
        Collection<County> counties = counties(city, derived);
        Lineage lineage = new Lineage(city, derived);
        List<RegionSummary.CountyFigures> figures = counties.stream()
                .map(c -> new RegionSummary.CountyFigures(
                        c.plan().planId(),
                        c.plan().regionCode(),
                        c.plan().regionName(),
                        Tallies.tasks(c.tasks(), today),
                        Tallies.assignments(c.tasks(), today)))
                .toList();
        List<RegionSummary.TaskLineage> tasks = city.tasks().stream()
                .map(task -> lineage(task, counties, lineage, today))
                .toList();
        return new RegionSummary(city.planId(), city.title(), Tallies.tasks(city.tasks(), today), figures, tasks);
    }

    private static RegionSummary.TaskLineage lineage(
            TaskFacts cityTask, Collection<County> counties, Lineage lineage, LocalDate today) {
        List<RegionSummary.CountyTask> perCounty = new ArrayList<>();
        for (County county : counties) {
            List<TaskFacts> derivedFromIt = county.tasks().stream()
                    .filter(t -> cityTask.taskId().equals(lineage.root(t)))
                    .toList();
            if (!derivedFromIt.isEmpty()) {
                perCounty.add(new RegionSummary.CountyTask(
                        county.plan().regionCode(), county.plan().regionName(), Tallies.tasks(derivedFromIt, today)));
            }
        }
        int completed = (int)
                perCounty.stream().filter(RegionSummary.CountyTask::complete).count();
        return new RegionSummary.TaskLineage(
                cityTask.taskId(), cityTask.number(), cityTask.title(), completed, perCounty);
    }

    /** Each county plan (a direct child of the city plan) with the tasks of itself and of its descendants. */
    private static Collection<County> counties(PlanFacts city, Collection<PlanFacts> derived) {
        Map<String, PlanFacts> byId = new HashMap<>();
        derived.forEach(p -> byId.put(p.planId(), p));
        Map<String, County> counties = new LinkedHashMap<>();
        derived.stream()
                .filter(p -> city.planId().equals(p.parentPlanId()))
                .forEach(p -> counties.put(p.planId(), new County(p, new ArrayList<>())));
        for (PlanFacts plan : derived) {
            PlanFacts county = countyOf(plan, city.planId(), byId);
            if (county != null) {
                counties.get(county.planId()).tasks().addAll(plan.tasks());
            }
        }
        return counties.values();
    }

    private record County(PlanFacts plan, List<TaskFacts> tasks) {}

    private static PlanFacts countyOf(PlanFacts plan, String cityId, Map<String, PlanFacts> byId) {
        Set<String> seen = new HashSet<>();
        PlanFacts current = plan;
        while (current != null && seen.add(current.planId())) {
            if (cityId.equals(current.parentPlanId())) {
                return current;
            }
            current = byId.get(current.parentPlanId());
        }
        return null;
    }

    /** Follows sourceTaskId links back to a task of the city plan. */
    private static final class Lineage {

        private final Set<String> cityTaskIds = new HashSet<>();
        private final Map<String, String> sourceOf = new HashMap<>();

        Lineage(PlanFacts city, Collection<PlanFacts> derived) {
            city.tasks().forEach(t -> cityTaskIds.add(t.taskId()));
            derived.forEach(p -> p.tasks().forEach(t -> sourceOf.put(t.taskId(), t.sourceTaskId())));
        }

        String root(TaskFacts task) {
            Set<String> seen = new HashSet<>();
            String current = task.sourceTaskId();
            while (current != null && seen.add(current)) {
                if (cityTaskIds.contains(current)) {
                    return current;
                }
                current = sourceOf.get(current);
            }
            return null;
        }
    }
}
