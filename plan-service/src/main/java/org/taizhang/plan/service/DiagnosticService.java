package org.taizhang.plan.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.taizhang.plan.entity.PlanDiagnostic;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.entity.TaskUnit;
import org.taizhang.plan.parse.ImportDiagnostic;
import org.taizhang.plan.parse.TaskContentCheck;

/**
 * Keeps a draft's diagnostics in step with its tasks. An edit settles everything the import said about that task's row
 * (its layout included: the office has now read and written it) and leaves only what its new fields still make unclear;
 * a re-check does that for the content of every task. Document-level diagnostics (no header, unknown layout) describe
 * the source file, which no edit changes, so they stay, after publication too, as the record of the import.
 */
@ApplicationScoped
public class DiagnosticService {

    private final PlanService plans;

    public DiagnosticService(PlanService plans) {
        this.plans = plans;
    }

    /** The plan's diagnostics: the document's first, then each task's in task order, each in the order found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanDiagnostic> diagnostics(UUID planId) {
        Sort order = Sort.by("taskPosition", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST)
                .and("position");
        return PlanDiagnostic.list("planId", order, planId);
    }

    /** Recomputes the content diagnostics of every task of a draft; layout and document diagnostics stay. */
    @Transactional
    public List<PlanDiagnostic> recheck(UUID planId, String by) {
        plans.requireDraft(planId, "rechecked");
        List<PlanTask> tasks = PlanTask.list("planId = ?1 and withdrawnAt is null", Sort.ascending("position"), planId);
        int found = recheckContent(planId, tasks);
        Log.infof("Plan %s rechecked by %s: %d task(s), %d content diagnostic(s)", planId, by, tasks.size(), found);
        return diagnostics(planId);
    }

    /** Replaces all the task's diagnostics with what its current deadline and units leave unclear. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(PlanTask task) {
        PlanDiagnostic.delete("taskId", task.id);
        write(task, nextPosition(task.planId));
    }

    /** Replaces the plan's content diagnostics with those of its live tasks as they are now; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recheckContent(UUID planId, List<PlanTask> liveTasks) {
        PlanDiagnostic.delete(
                "planId = ?1 and taskId is not null and code in ?2", planId, List.copyOf(TaskContentCheck.CODES));
        int next = nextPosition(planId);
        int start = next;
        for (PlanTask task : liveTasks) {
            next = write(task, next);
        }
        return next - start;
    }

    private static int write(PlanTask task, int position) {
        List<ImportDiagnostic> found = TaskContentCheck.check(
                task.position + 1,
                task.deadline(),
                task.units.stream().map(TaskUnit::toMention).toList());
        for (ImportDiagnostic diagnostic : found) {
            PlanDiagnostic.of(task.planId, position++, task.id, task.position, diagnostic.code(), diagnostic.message())
                    .persist();
        }
        return position;
    }

    private static int nextPosition(UUID planId) {
        Integer last = PlanDiagnostic.find("select max(position) from PlanDiagnostic where planId = ?1", planId)
                .project(Integer.class)
                .firstResult();
        return last == null ? 0 : last + 1;
    }
}
