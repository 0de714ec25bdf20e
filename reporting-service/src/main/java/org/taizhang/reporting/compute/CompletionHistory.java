package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.StatusChangeFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * Replays assignment status changes to chart a plan's completion over time. There is a point on the first and last
 * day asked for and on every day in between on which a status changed, which is all a step line needs; every
 * assignment starts NOT_STARTED, and the plan's current tasks are measured throughout (a withdrawn task is gone
 * from the history too).
 */
public final class CompletionHistory {

    private final ReportingPolicy policy;

    public CompletionHistory(ReportingPolicy policy) {
        this.policy = policy;
    }

    public List<CompletionPoint> series(
            PlanFacts plan, Collection<StatusChangeFacts> changes, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the series ends (" + to + ") before it starts (" + from + ")");
        }
        List<StatusChangeFacts> ordered = changes.stream()
                .sorted(Comparator.comparing(StatusChangeFacts::changedAt))
                .toList();
        Map<String, AssignmentStatus> status = new HashMap<>();
        List<CompletionPoint> points = new ArrayList<>();
        int next = 0;
        for (LocalDate day : days(ordered, from, to)) {
            while (next < ordered.size() && !day(ordered.get(next)).isAfter(day)) {
                status.put(ordered.get(next).assignmentId(), ordered.get(next).status());
                next++;
            }
            points.add(point(plan, day, status));
        }
        return points;
    }

    private TreeSet<LocalDate> days(List<StatusChangeFacts> ordered, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>(List.of(from, to));
        ordered.stream()
                .map(this::day)
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .forEach(days::add);
        return days;
    }

    private static CompletionPoint point(PlanFacts plan, LocalDate day, Map<String, AssignmentStatus> status) {
        int completeTasks = 0;
        int completed = 0;
        int counted = 0;
        for (TaskFacts task : plan.tasks()) {
            completeTasks += TaskCompletion.isComplete(task, a -> statusOf(a, status)) ? 1 : 0;
            for (AssignmentFacts a : TaskCompletion.required(task)) {
                counted++;
                completed += statusOf(a, status) == AssignmentStatus.COMPLETED ? 1 : 0;
            }
        }
        return new CompletionPoint(day, Percent.of(completeTasks, plan.tasks().size()), Percent.of(completed, counted));
    }

    private static AssignmentStatus statusOf(AssignmentFacts a, Map<String, AssignmentStatus> status) {
        return status.getOrDefault(a.assignmentId(), AssignmentStatus.NOT_STARTED);
    }

    private LocalDate day(StatusChangeFacts change) {
        return LocalDate.ofInstant(change.changedAt(), policy.zone());
    }
}
