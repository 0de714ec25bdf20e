package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.SectionFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Summarises a plan: completion and overdue figures for tasks and assignments, overall and per top-level section. */
public final class PlanSummaryCalculator {

    private final Lights lights;

    public PlanSummaryCalculator(ReportingPolicy policy) {
        this.lights = new Lights(policy);
    }

    public PlanSummary summarize(PlanFacts plan, LocalDate today) {
        return new PlanSummary(
                plan.planId(),
                plan.title(),
                plan.year(),
                Tallies.tasks(plan.tasks(), today),
                Tallies.assignments(plan.tasks(), today),
                byOutcome(plan.tasks(), today),
                byStatus(plan.tasks()),
                byLight(plan.tasks(), today),
                sections(plan, today));
    }

    private List<PlanSummary.SectionSummary> sections(PlanFacts plan, LocalDate today) {
        Map<String, List<TaskFacts>> byTop = topLevelSections(plan);
        List<PlanSummary.SectionSummary> sections = new ArrayList<>();
        byTop.forEach((title, tasks) -> sections.add(new PlanSummary.SectionSummary(
                title,
                Tallies.tasks(tasks, today),
                Tallies.assignments(tasks, today),
                tasks.stream().map(t -> lights.of(t, today)).reduce(Light.GREEN, Light::worse))));
        return sections;
    }

    /** Tasks grouped by their top-level heading, in document order. */
    static Map<String, List<TaskFacts>> topLevelSections(PlanFacts plan) {
        Map<String, List<TaskFacts>> byTop = new LinkedHashMap<>();
        for (SectionFacts section : plan.sections()) {
            byTop.computeIfAbsent(section.top(), top -> new ArrayList<>()).addAll(section.tasks());
        }
        return byTop;
    }

    private static Map<AssignmentStatus, Integer> byStatus(Collection<TaskFacts> tasks) {
        Map<AssignmentStatus, Integer> counts = zeros(AssignmentStatus.class);
        tasks.stream()
                .flatMap(t -> TaskCompletion.required(t).stream())
                .forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return counts;
    }

    private static Map<TaskOutcome, Integer> byOutcome(Collection<TaskFacts> tasks, LocalDate today) {
        Map<TaskOutcome, Integer> counts = zeros(TaskOutcome.class);
        tasks.forEach(t -> counts.merge(TaskOutcome.of(t, today), 1, Integer::sum));
        return counts;
    }

    private Map<Light, Integer> byLight(Collection<TaskFacts> tasks, LocalDate today) {
        Map<Light, Integer> counts = zeros(Light.class);
        tasks.forEach(t -> counts.merge(lights.of(t, today), 1, Integer::sum));
        return counts;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            counts.put(key, 0);
        }
        return counts;
    }
}
