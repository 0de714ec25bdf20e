package org.taizhang.plan.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taizhang.events.plan.AmendmentKind;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanAmendment;
import org.taizhang.plan.entity.PlanStatus;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.entity.TaskUnit;

/**
 * The tasks of a plan. A draft's tasks are edited freely, each edit rechecking the task's diagnostics; a published
 * plan's only by amendments, each with a reason, recorded and announced; a closed plan's not at all.
 */
@ApplicationScoped
public class TaskService {

    private final PlanService plans;
    private final DiagnosticService diagnostics;
    private final PlanEvents events;

    public TaskService(PlanService plans, DiagnosticService diagnostics, PlanEvents events) {
        this.plans = plans;
        this.diagnostics = diagnostics;
        this.events = events;
    }

    /** The plan's tasks in document order; withdrawn tasks only when asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanTask> tasks(UUID planId, boolean withWithdrawn) {
        String query = withWithdrawn ? "planId = ?1" : "planId = ?1 and withdrawnAt is null";
        return PlanTask.list(query, Sort.ascending("position"), planId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanTask task(UUID planId, UUID taskId) {
        PlanTask task = PlanTask.findById(taskId);
        if (task == null || !task.planId.equals(planId)) {
            throw new PlanNotFoundException("Task", taskId);
        }
        return task;
    }

    @Transactional
    public PlanTask add(UUID planId, TaskCommand command, String reason, String by) {
        Plan plan = editable(planId, reason);
        Integer last = PlanTask.find("select max(position) from PlanTask where planId = ?1", planId)
                .project(Integer.class)
                .firstResult();
        PlanTask task = PlanTask.of(planId, last == null ? 0 : last + 1);
        SectionTree sections = SectionTree.load(planId);
        apply(task, command, sections, by);
        task.persist();
        announce(plan, task, sections, PlanAmendment.Kind.ADDED, reason, by);
        return task;
    }

    @Transactional
    public PlanTask change(UUID planId, UUID taskId, TaskCommand command, String reason, String by) {
        Plan plan = editable(planId, reason);
        PlanTask task = live(planId, taskId);
        SectionTree sections = SectionTree.load(planId);
        apply(task, command, sections, by);
        announce(plan, task, sections, PlanAmendment.Kind.CHANGED, reason, by);
        return task;
    }

    /** Deletes a draft's task; withdraws a published plan's task (it stays on record, marked withdrawn). */
    @Transactional
    public void remove(UUID planId, UUID taskId, String reason, String by) {
        Plan plan = editable(planId, reason);
        PlanTask task = live(planId, taskId);
        if (plan.isDraft()) {
            task.delete();
            return;
        }
        task.withdrawnAt = Instant.now();
        task.withdrawnBy = by;
        task.withdrawalReason = reason;
        task.touch(by);
        PlanAmendment.record(planId, taskId, PlanAmendment.Kind.WITHDRAWN, reason, by);
        events.withdrawn(task, reason, by);
    }

    /** Writes the command onto the task (the task is not persisted here). */
    static void apply(PlanTask task, TaskCommand command, SectionTree sections, String by) {
        task.number = command.number();
        task.sectionId = sections.sectionFor(command.sectionPath());
        task.title = command.title();
        task.requirement = command.requirement();
        task.setDeadline(command.deadline());
        if (command.importedStatus() != null) {
            task.importedStatus = command.importedStatus();
        }
        task.units.clear();
        command.units().forEach(m -> task.units.add(TaskUnit.from(m)));
        task.touch(by);
    }

    private Plan editable(UUID planId, String reason) {
        Plan plan = plans.require(planId);
        if (plan.status == PlanStatus.CLOSED) {
            throw new PlanStateException("Plan " + planId + " is closed; its tasks can no longer change");
        }
        if (plan.status == PlanStatus.PUBLISHED && (reason == null || reason.isBlank())) {
            throw new PlanStateException("Plan " + planId + " is published: an amendment needs a reason");
        }
        return plan;
    }

    private PlanTask live(UUID planId, UUID taskId) {
        PlanTask task = task(planId, taskId);
        if (task.isWithdrawn()) {
            throw new PlanStateException("Task " + taskId + " was withdrawn");
        }
        return task;
    }

    private void announce(
            Plan plan, PlanTask task, SectionTree sections, PlanAmendment.Kind kind, String reason, String by) {
        if (plan.isDraft()) {
            // a draft's diagnostics follow its edits; a published plan's stay as they were at publication
            diagnostics.settle(task);
            plan.touch(by);
            return;
        }
        PlanAmendment.record(plan.id, task.id, kind, reason, by);
        events.amended(task, sections, AmendmentKind.valueOf(kind.name()), reason, by);
    }
}
