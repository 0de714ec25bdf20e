package org.taizhang.reporting.compute;

import java.time.LocalDate;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * Traffic lights. An assignment is RED when overdue (fixed due date passed, not completed); YELLOW when its fixed
 * due date is within the warning window or its periodic report is late; GREEN otherwise, and always once
 * completed. A task shows the worst light of the assignments that decide it, GREEN once complete.
 */
public final class Lights {

    private final ReportingPolicy policy;
    private final PeriodicReports reports;

    public Lights(ReportingPolicy policy) {
        this.policy = policy;
        this.reports = new PeriodicReports(policy);
    }

    public Light of(AssignmentFacts assignment, LocalDate today) {
        if (assignment.status() == AssignmentStatus.COMPLETED) {
            return Light.GREEN;
        }
        if (TaskCompletion.isOverdue(assignment, today)) {
            return Light.RED;
        }
        return dueSoon(assignment, today) || reports.late(assignment, today) ? Light.YELLOW : Light.GREEN;
    }

    public Light of(TaskFacts task, LocalDate today) {
        if (TaskCompletion.isComplete(task)) {
            return Light.GREEN;
        }
        if (TaskCompletion.isOverdue(task, today)) {
            return Light.RED;
        }
        return TaskCompletion.required(task).stream().map(a -> of(a, today)).reduce(Light.GREEN, Light::worse);
    }

    public boolean reportLate(AssignmentFacts assignment, LocalDate today) {
        return reports.late(assignment, today);
    }

    private boolean dueSoon(AssignmentFacts assignment, LocalDate today) {
        LocalDate due = TaskCompletion.fixedDueDate(assignment.deadline());
        return due != null && !due.isAfter(today.plusDays(policy.warningDays()));
    }
}
