package org.taizhang.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanStatus;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.platform.problem.Problem;

/** Publishing a draft (every task assignable, announced with all its tasks) and closing a published plan. */
@ApplicationScoped
public class PublicationService {

    private final PlanService plans;
    private final TaskService tasks;
    private final DiagnosticService diagnostics;
    private final PlanEvents events;

    public PublicationService(PlanService plans, TaskService tasks, DiagnosticService diagnostics, PlanEvents events) {
        this.plans = plans;
        this.tasks = tasks;
        this.diagnostics = diagnostics;
        this.events = events;
    }

    @Transactional
    public Plan publish(UUID planId, PublishOptions options, String by) {
        Plan plan = plans.requireDraft(planId, "published again");
        List<PlanTask> live = tasks.tasks(planId, false);
        applyDeadlines(live, options, by);
        List<Problem.Violation> errors = unassignable(live);
        if (live.isEmpty()) {
            errors.add(new Problem.Violation("tasks", "计划没有任务 (the plan has no tasks)"));
        }
        if (!errors.isEmpty()) {
            throw new PublishRejectedException(errors);
        }
        // deadlines filled in here settle their UNPARSED_DEADLINE; what remains is what the plan was published over
        diagnostics.recheckContent(planId, live);
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedBy = by;
        plan.publishedAt = Instant.now();
        plan.touch(by);
        events.published(plan, live, SectionTree.load(planId));
        return plan;
    }

    @Transactional
    public Plan close(UUID planId, String by) {
        Plan plan = plans.require(planId);
        if (plan.status != PlanStatus.PUBLISHED) {
            throw new PlanStateException("Plan " + planId + " is " + plan.status + "; only a published plan closes");
        }
        plan.status = PlanStatus.CLOSED;
        plan.closedBy = by;
        plan.closedAt = Instant.now();
        plan.touch(by);
        events.closed(plan);
        return plan;
    }

    private static void applyDeadlines(List<PlanTask> live, PublishOptions options, String by) {
        for (PlanTask task : live) {
            Deadline chosen = options.taskDeadlines().get(task.id);
            if (chosen == null && task.deadlineKind == DeadlineKind.UNSPECIFIED) {
                chosen = options.defaultDeadline();
            }
            if (chosen != null) {
                task.setDeadline(chosen);
                task.touch(by);
            }
        }
    }

    private static List<Problem.Violation> unassignable(List<PlanTask> live) {
        List<Problem.Violation> errors = new ArrayList<>();
        for (PlanTask task : live) {
            String label = "任务 " + (task.number == null ? "#" + (task.position + 1) : task.number) + "「"
                    + shorten(task.title) + "」";
            if (task.units.isEmpty()) {
                errors.add(
                        new Problem.Violation("tasks." + task.id + ".units", label + "没有责任单位 (no responsible unit)"));
            }
            if (task.deadlineKind == DeadlineKind.UNSPECIFIED) {
                errors.add(new Problem.Violation(
                        "tasks." + task.id + ".deadline", label + "没有可识别的时限 (no deadline understood)"));
            }
        }
        return errors;
    }

    private static String shorten(String title) {
        return title == null || title.length() <= 20 ? String.valueOf(title) : title.substring(0, 20) + "…";
    }
}
