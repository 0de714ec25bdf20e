package org.taizhang.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.taizhang.plan.derive.DerivationTarget;
import org.taizhang.plan.derive.TaskCoverage;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanStatus;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.entity.TaskUnit;
import org.taizhang.platform.problem.Problem;

/** Derives a lower government's draft plan from a published plan: the tasks that reach it, linked to their source. */
@ApplicationScoped
public class DerivationService {

    private final PlanService plans;
    private final TaskService tasks;

    public DerivationService(PlanService plans, TaskService tasks) {
        this.plans = plans;
        this.tasks = tasks;
    }

    @Transactional
    public Plan derive(UUID sourceId, DerivationTarget target, String title, String by) {
        Plan source = plans.require(sourceId);
        if (source.status == PlanStatus.DRAFT) {
            throw new PlanStateException("Plan " + sourceId + " is a draft; publish it before deriving from it");
        }
        List<PlanTask> reaching = tasks.tasks(sourceId, false).stream()
                .filter(t -> TaskCoverage.covers(
                        t.units.stream().map(TaskUnit::toMention).toList(), target))
                .toList();
        if (reaching.isEmpty()) {
            throw new PublishRejectedException(List.of(new Problem.Violation(
                    "regionCode", "计划中没有任务涉及" + target.regionName() + " (no task reaches this region)")));
        }
        Plan child = Plan.draft(
                title == null || title.isBlank() ? defaultTitle(source, target) : title,
                source.year,
                target.regionCode(),
                target.effectiveLevel(),
                by);
        child.regionName = target.regionName();
        child.parentPlanId = source.id;
        child.persist();
        copy(source, child, reaching, target, by);
        return child;
    }

    private static void copy(Plan source, Plan child, List<PlanTask> reaching, DerivationTarget target, String by) {
        SectionTree from = SectionTree.load(source.id);
        SectionTree to = SectionTree.load(child.id);
        int position = 0;
        for (PlanTask original : reaching) {
            PlanTask copy = PlanTask.of(child.id, position++);
            TaskService.apply(
                    copy,
                    new TaskCommand(
                            original.number,
                            from.pathOf(original.sectionId),
                            original.title,
                            original.requirement,
                            original.deadline(),
                            TaskCoverage.localUnits(
                                    original.units.stream()
                                            .map(TaskUnit::toMention)
                                            .toList(),
                                    target),
                            null),
                    to,
                    by);
            copy.sourceTaskId = original.id;
            copy.persist();
        }
    }

    private static String defaultTitle(Plan source, DerivationTarget target) {
        return target.regionName() + source.year + "年政务公开重点工作任务分工（承接" + source.title + "）";
    }
}
