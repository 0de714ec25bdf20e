package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.ReportFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Builds a {@link TaskDetail}: units ordered lead, responsible, supporting, each with its latest report. */
public final class TaskDetails {

    private static final Comparator<TaskDetail.UnitProgress> BY_ROLE =
            Comparator.comparing(TaskDetail.UnitProgress::role, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Lights lights;

    public TaskDetails(ReportingPolicy policy) {
        this.lights = new Lights(policy);
    }

    /** {@code reports} may hold reports of other tasks too: only the task's own assignments are looked up. */
    public TaskDetail detail(TaskFacts task, Collection<ReportFacts> reports, LocalDate today) {
        Map<String, ReportFacts> latest = reports.stream()
                .filter(r -> r.reportedAt() != null)
                .collect(Collectors.toMap(ReportFacts::assignmentId, r -> r, later()));
        return new TaskDetail(
                task.taskId(),
                task.number(),
                task.title(),
                task.requirement(),
                task.deadline(),
                TaskCompletion.isComplete(task),
                TaskOutcome.of(task, today),
                lights.of(task, today),
                task.assignments().stream()
                        .map(a -> unit(a, latest.get(a.assignmentId()), today))
                        .sorted(BY_ROLE)
                        .toList());
    }

    private TaskDetail.UnitProgress unit(AssignmentFacts a, ReportFacts latest, LocalDate today) {
        return new TaskDetail.UnitProgress(
                a.assignmentId(),
                a.unitId(),
                a.unitName(),
                a.role(),
                a.status(),
                TaskCompletion.fixedDueDate(a.deadline()),
                TaskCompletion.isOverdue(a, today),
                lights.reportLate(a, today),
                lights.of(a, today),
                latest);
    }

    private static BinaryOperator<ReportFacts> later() {
        return (a, b) -> b.reportedAt().isAfter(a.reportedAt()) ? b : a;
    }
}
