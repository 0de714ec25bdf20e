package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final AssignmentRows rows;

    public AssignmentCreation(AssignmentEvents events, AuditTrail audit, AssignmentRows rows) {
        this.events = events;
        this.audit = audit;
        this.rows = rows;
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
        assignAll(task, wanted.targets(), actor);
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
        Assignment assignment = create(task, unit, role, actor);
        events.created(assignment);
        return Optional.of(assignment);
    }

    /**
     * Assigns the task to each target not assigned yet. A province task names thousands of units: what exists and the
     * units' names are read with one query each, and the assignments and their audit rows written with one JDBC batch
     * each, since a query per unit would flush (and dirty-check) the whole session each time, and two entities per
     * assignment made the flush the largest part of the transaction. They are announced up to 500 to an event: an
     * event per assignment cost the outbox, Kafka and both consumers' inboxes as much again.
     */
    private void assignAll(TrackedTask task, List<AssignmentTarget> targets, String actor) {
        Set<String> assigned = new HashSet<>(Assignment.getEntityManager()
                .createQuery("select a.unitId from Assignment a where a.taskId = :task", String.class)
                .setParameter("task", task.taskId)
                .getResultList());
        List<String> ids = targets.stream()
                .map(t -> t.unit().id())
                .filter(id -> !assigned.contains(id))
                .toList();
        Map<String, Object[]> units = ids.isEmpty()
                ? Map.of()
                : Unit.getEntityManager()
                        .createQuery("select u.id, u.name, u.regionCode from Unit u where u.id in :ids", Object[].class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(u -> (String) u[0], u -> u));
        // In microseconds, as PostgreSQL keeps it: the event says exactly what the rows hold.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Assignment> assignments = new ArrayList<>();
        for (AssignmentTarget target : targets) {
            Object[] unit = units.get(target.unit().id());
            if (unit != null && assigned.add((String) unit[0])) {
                Assignment a = Assignment.of(task, (String) unit[0], (String) unit[1], (String) unit[2], target.role());
                a.createdAt = now; // one time for the task's new assignments, as their shared event says
                a.updatedAt = now;
                assignments.add(a);
            }
        }
        rows.insert(assignments, audit.created(assignments, actor));
        events.publishAll(AssignmentEvents.assignmentsCreated(assignments));
    }

    private Assignment create(TrackedTask task, Unit unit, UnitRole role, String actor) {
        Assignment assignment = Assignment.of(task, unit, role);
        assignment.persist();
        audit.record(assignment, actor, AuditEntry.Action.CREATED, null);
        return assignment;
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
