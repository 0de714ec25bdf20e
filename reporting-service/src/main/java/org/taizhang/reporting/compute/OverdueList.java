package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * Every overdue assignment of the plans, longest overdue first. Supporting units are listed too (with their role):
 * they do not hold a task open, but the office may still chase them.
 */
public final class OverdueList {

    private static final Comparator<OverdueItem> LONGEST_FIRST = Comparator.comparingLong(OverdueItem::daysOverdue)
            .reversed()
            .thenComparing(OverdueItem::taskId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OverdueItem::role, Comparator.nullsLast(Comparator.naturalOrder()));

    private OverdueList() {}

    public static List<OverdueItem> of(Collection<PlanFacts> plans, LocalDate today) {
        return plans.stream()
                .flatMap(plan -> plan.tasks().stream().flatMap(task -> items(plan, task, today)))
                .sorted(LONGEST_FIRST)
                .toList();
    }

    private static Stream<OverdueItem> items(PlanFacts plan, TaskFacts task, LocalDate today) {
        return task.assignments().stream()
                .filter(a -> TaskCompletion.isOverdue(a, today))
                .map(a -> item(plan, task, a, today));
    }

    private static OverdueItem item(PlanFacts plan, TaskFacts task, AssignmentFacts a, LocalDate today) {
        LocalDate due = TaskCompletion.fixedDueDate(a.deadline());
        return new OverdueItem(
                plan.planId(),
                task.taskId(),
                task.number(),
                task.title(),
                a.assignmentId(),
                a.unitId(),
                a.unitName(),
                a.role(),
                a.status(),
                due,
                ChronoUnit.DAYS.between(due, today),
                a.lastReportAt());
    }
}
