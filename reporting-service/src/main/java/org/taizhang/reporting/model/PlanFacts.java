package org.taizhang.reporting.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A published plan as the read model knows it: its tasks in document order, each with its assignments. A derived
 * (county) plan names the plan it came from in {@code parentPlanId}; a city plan has none.
 */
public record PlanFacts(
        String planId,
        String title,
        int year,
        String regionCode,
        String regionName,
        String parentPlanId,
        List<TaskFacts> tasks) {

    public PlanFacts {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The tasks grouped by their full section path, sections in order of first appearance. */
    public List<SectionFacts> sections() {
        Map<List<String>, List<TaskFacts>> grouped = new LinkedHashMap<>();
        for (TaskFacts task : tasks) {
            grouped.computeIfAbsent(task.sectionPath(), path -> new ArrayList<>())
                    .add(task);
        }
        return grouped.entrySet().stream()
                .map(e -> new SectionFacts(e.getKey(), e.getValue()))
                .toList();
    }

    /** Every assignment of every task. */
    public Stream<AssignmentFacts> assignments() {
        return tasks.stream().flatMap(t -> t.assignments().stream());
    }
}
