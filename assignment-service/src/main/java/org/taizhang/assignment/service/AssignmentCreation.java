package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;
import org.taizhang.assignment.entity.PendingItem;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.planning.AssignmentPlanner;
import org.taizhang.assignment.planning.AssignmentTarget;
import org.taizhang.assignment.planning.PendingMention;
import org.taizhang.assignment.planning.TaskAssignments;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.UnitRole;

/**
 * Keeps assignments in step with published plans: one assignment per (task, unit), groups expanded against the
 * directory, the rest left as pending items. Runs inside the consuming transaction, so a redelivered event (which the
 * inbox already skips) could not double anything either: (task, unit) and (task, mention, role) are unique.
 */
@ApplicationScoped
public class AssignmentCreation {

    private final AssignmentEvents events;
    private final AuditTrail audit;

    public AssignmentCreation(AssignmentEvents events, AuditTrail audit) {
        this.events = events;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrackedPlan track(String planId, String title, int year, String regionCode) {
        TrackedPlan plan = TrackedPlan.findById(planId);
        if (plan == null) {
            plan = new TrackedPlan();
            plan.planId = planId;
            plan.title = title;
            plan.year = year;
            plan.regionCode = regionCode;
            plan.persist();
        }
        return plan;
    }

    /** Brings the task's assignments to what its snapshot names: new units assigned, dropped units cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TrackedPlan plan, TaskSnapshot snapshot, AssignmentPlanner planner, String actor) {
        TrackedTask known = TrackedTask.findById(snapshot.taskId());
        Deadline previous = known == null ? null : known.deadline();
        TrackedTask task = known == null ? new TrackedTask() : known;
        task.apply(plan.planId, snapshot);
        if (known == null) {
            task.persist();
        }
        TaskAssignments wanted = planner.plan(snapshot.units(), plan.regionCode);
        List<Assignment> existing = Assignment.list("taskId = ?1 and cancelledAt is null", task.taskId);
        Set<String> wantedUnits =
                wanted.targets().stream().map(t -> t.unit().id()).collect(Collectors.toSet());
        for (Assignment assignment : existing) {
            assignment.taskNumber = task.number;
            assignment.taskTitle = task.title;
            if (!wantedUnits.contains(assignment.unitId)) {
                cancel(assignment, "unit no longer named by the task", actor);
            } else if (previous != null && !previous.equals(task.deadline())) {
                AuditState before = audit.capture(assignment);
                assignment.setDeadline(task.deadline());
                assignment.updatedAt = Instant.now();
                events.deadlineChanged(assignment, previous);
                audit.record(assignment, actor, AuditEntry.Action.DEADLINE_CHANGED, before);
            }
        }
        for (AssignmentTarget target : wanted.targets()) {
            assign(task, Unit.findById(target.unit().id()), target.role(), actor);
        }
        wanted.pending().forEach(p -> pend(task, p));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(String taskId, String reason, String actor) {
        TrackedTask task = TrackedTask.findById(taskId);
        if (task != null && task.withdrawnAt == null) {
            task.withdrawnAt = Instant.now();
        }
        Assignment.<Assignment>list("taskId = ?1 and cancelledAt is null", taskId)
                .forEach(a -> cancel(a, reason == null ? "task withdrawn" : "task withdrawn: " + reason, actor));
        PendingItem.update(
                "status = ?1 where taskId = ?2 and status = ?3",
                PendingItem.Status.DISMISSED,
                taskId,
                PendingItem.Status.OPEN);
    }

    /** Assigns the task to the unit unless it already is; empty when there was nothing to do. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Assignment> assign(TrackedTask task, Unit unit, UnitRole role, String actor) {
        if (Assignment.count("taskId = ?1 and unitId = ?2", task.taskId, unit.id) > 0) {
            return Optional.empty();
        }
        Assignment assignment = Assignment.of(task, unit, role);
        assignment.persist();
        events.created(assignment);
        audit.record(assignment, actor, AuditEntry.Action.CREATED, null);
        return Optional.of(assignment);
    }

    private void cancel(Assignment assignment, String reason, String actor) {
        AuditState before = audit.capture(assignment);
        assignment.cancelledAt = Instant.now();
        assignment.cancelReason = reason;
        assignment.updatedAt = assignment.cancelledAt;
        events.cancelled(assignment);
        audit.record(assignment, actor, AuditEntry.Action.CANCELLED, before);
    }

    private static void pend(TrackedTask task, PendingMention pending) {
        String name = pending.mention().name();
        if (PendingItem.count(
                        "taskId = ?1 and mentionName = ?2 and role = ?3",
                        task.taskId,
                        name,
                        pending.mention().role())
                > 0) {
            return;
        }
        PendingItem item = new PendingItem();
        item.id = UUID.randomUUID();
        item.planId = task.planId;
        item.taskId = task.taskId;
        item.mentionRaw = pending.mention().raw();
        item.mentionName = name;
        item.role = pending.mention().role();
        item.reason = pending.reason();
        item.candidateIds = pending.candidates().stream().map(c -> c.id()).collect(Collectors.joining(","));
        item.status = PendingItem.Status.OPEN;
        item.createdAt = Instant.now();
        item.persist();
    }
}
