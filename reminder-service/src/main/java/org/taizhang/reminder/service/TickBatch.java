package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.schedule.PlannedReminder;

/**
 * One transaction of the tick: claims up to {@code limit} due assignments with {@code FOR UPDATE SKIP LOCKED} (another
 * worker gets the others), issues what each is owed, and moves each on to its next fire time.
 */
@ApplicationScoped
public class TickBatch {

    /** A planning failure is retried after this long rather than holding the due queue up. */
    private static final Duration PLANNING_RETRY = Duration.ofHours(1);

    private static final String CLAIM = "SELECT * FROM tracked_assignment WHERE next_fire_at <= ?1"
            + " ORDER BY next_fire_at LIMIT ?2 FOR UPDATE SKIP LOCKED";

    private final Planning planning;
    private final ReminderIssuer issuer;

    public TickBatch(Planning planning, ReminderIssuer issuer) {
        this.planning = planning;
        this.issuer = issuer;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TickResult run(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<TrackedAssignment> due = TrackedAssignment.getEntityManager()
                .createNativeQuery(CLAIM, TrackedAssignment.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        Planning.Snapshot snapshot = planning.snapshot();
        int issued = 0;
        for (TrackedAssignment assignment : due) {
            issued += handle(assignment, snapshot.forPlan(assignment.planId), now);
        }
        return new TickResult(due.size(), issued);
    }

    private int handle(TrackedAssignment assignment, PlanPlanner planner, Instant now) {
        // A replica whose clock lags must not move handled_through back and reopen what was handled.
        Instant through = assignment.handledThrough != null && assignment.handledThrough.isAfter(now)
                ? assignment.handledThrough
                : now;
        String lead = TrackedAssignment.leadUnitOf(assignment.taskId);
        List<PlannedReminder> due;
        Optional<Instant> next;
        try {
            due = planner.dueAt(assignment, lead, now);
            next = planner.nextFireAfter(assignment, through);
        } catch (RuntimeException e) {
            Log.errorf(e, "Cannot plan reminders of assignment %s; trying again later", assignment.assignmentId);
            assignment.nextFireAt = now.plus(PLANNING_RETRY);
            return 0;
        }
        int issued = 0;
        for (PlannedReminder reminder : due) {
            issued += issuer.issue(assignment, reminder, now) ? 1 : 0;
        }
        assignment.handledThrough = through;
        assignment.nextFireAt = next.orElse(null);
        return issued;
    }
}
