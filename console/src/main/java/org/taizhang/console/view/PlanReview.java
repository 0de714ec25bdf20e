package org.taizhang.console.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.taizhang.console.api.Diagnostic;
import org.taizhang.console.api.Task;

/** A plan's tasks with each task's diagnostics beside it, and the diagnostics that concern the whole plan. */
public record PlanReview(List<Row> rows, List<Diagnostic> general) {

    /** One task and what the import asks the office to check about it. */
    public record Row(Task task, List<Diagnostic> diagnostics) {

        public boolean flagged() {
            return !diagnostics.isEmpty();
        }
    }

    public static PlanReview of(List<Task> tasks, List<Diagnostic> diagnostics) {
        Map<UUID, List<Diagnostic>> byTask = new LinkedHashMap<>();
        List<Diagnostic> general = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.taskId() == null) {
                general.add(diagnostic);
            } else {
                byTask.computeIfAbsent(diagnostic.taskId(), id -> new ArrayList<>())
                        .add(diagnostic);
            }
        }
        List<Row> rows = tasks.stream()
                .map(task -> new Row(task, byTask.getOrDefault(task.id(), List.of())))
                .toList();
        // A diagnostic naming a task that is no longer in the plan still tells the office something.
        byTask.entrySet().stream()
                .filter(entry -> tasks.stream().noneMatch(task -> Objects.equals(task.id(), entry.getKey())))
                .forEach(entry -> general.addAll(entry.getValue()));
        return new PlanReview(rows, general);
    }

    /** The number and title of a task of this plan, for lists that name tasks by id (amendments). */
    public String taskLabel(UUID taskId) {
        return rows.stream()
                .map(Row::task)
                .filter(task -> Objects.equals(task.id(), taskId))
                .findFirst()
                .map(task -> (task.number() == null ? "" : task.number() + ". ") + task.title())
                .orElse("");
    }

    public long flaggedCount() {
        return rows.stream().filter(Row::flagged).count();
    }
}
