package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.Collection;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Counts tasks and their deciding assignments into {@link Tally} figures. */
public final class Tallies {

    private Tallies() {}

    public static Tally tasks(Collection<TaskFacts> tasks, LocalDate today) {
        int completed = 0;
        int overdue = 0;
        for (TaskFacts task : tasks) {
            completed += TaskCompletion.isComplete(task) ? 1 : 0;
            overdue += TaskCompletion.isOverdue(task, today) ? 1 : 0;
        }
        return new Tally(tasks.size(), completed, overdue);
    }

    /** The LEAD and RESPONSIBLE assignments of the tasks: supporting units do not count in figures either. */
    public static Tally assignments(Collection<TaskFacts> tasks, LocalDate today) {
        return tasks.stream()
                .flatMap(t -> TaskCompletion.required(t).stream())
                .map(a -> one(a, today))
                .reduce(Tally.EMPTY, Tally::plus);
    }

    public static Tally one(AssignmentFacts assignment, LocalDate today) {
        boolean completed = assignment.status() == AssignmentStatus.COMPLETED;
        return new Tally(1, completed ? 1 : 0, TaskCompletion.isOverdue(assignment, today) ? 1 : 0);
    }
}
