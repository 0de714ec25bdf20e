package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.schedule.PlannedReminder;
import org.taizhang.reminder.service.ScheduleUpdates.Schedule;

/**
 * One transaction of the tick: claims up to {@code limit} due assignments with {@code FOR UPDATE SKIP LOCKED} (another
 * worker gets the others), issues what each is owed, and moves each on to its next fire time. Whatever the batch size
 * it costs a fixed number of statements: one query each for policies, lead units and subscriptions, one statement
 * each for the reminders and the new schedules, one JDBC batch each for deliveries and outbox rows.
 */
@ApplicationScoped
public class TickBatch {

    /** A planning failure is retried after this long rather than holding the due queue up. */
    private static final Duration PLANNING_RETRY = Duration.ofHours(1);

    private static final String CLAIM = "SELECT * FROM tracked_assignment WHERE next_fire_at <= ?1"
            + " ORDER BY next_fire_at LIMIT ?2 FOR UPDATE SKIP LOCKED";

    private final Planning planning;
    private final ReminderIssuer issuer;
    private final ScheduleUpdates schedules;

    public TickBatch(Planning planning, ReminderIssuer issuer, ScheduleUpdates schedules) {
        this.planning = planning;
        this.issuer = issuer;
        this.schedules = schedules;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TickResult run(Instant now, int limit) {
        EntityManager em = TrackedAssignment.getEntityManager();
        @SuppressWarnings("unchecked")
        List<TrackedAssignment> claimed = em.createNativeQuery(CLAIM, TrackedAssignment.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        if (claimed.isEmpty()) {
            return TickResult.NONE;
        }
        // Read-only copies from here on: ScheduleUpdates writes the rows in one batch, Hibernate must not as well.
        em.clear();
        Planning.Snapshot snapshot =
                planning.snapshot(claimed.stream().map(a -> a.planId).toList());
        Map<String, String> leads = TrackedAssignment.leadUnitsOf(
                claimed.stream().map(a -> a.taskId).toList());
        List<DueReminder> due = new ArrayList<>();
        List<Schedule> moved = new ArrayList<>(claimed.size());
        for (TrackedAssignment assignment : claimed) {
            moved.add(handle(assignment, snapshot, leads.get(assignment.taskId), now, due));
        }
        int issued = issuer.issueAll(due, now);
        schedules.write(moved);
        return new TickResult(claimed.size(), issued);
    }

    /** Adds what the assignment is owed to {@code due} and returns its next schedule. */
    private static Schedule handle(
            TrackedAssignment assignment, Planning.Snapshot snapshot, String lead, Instant now, List<DueReminder> due) {
        // A replica whose clock lags must not move handled_through back and reopen what was handled.
        Instant through = assignment.handledThrough != null && assignment.handledThrough.isAfter(now)
                ? assignment.handledThrough
                : now;
        List<PlannedReminder> owed;
        Optional<Instant> next;
        try {
            PlanPlanner planner = snapshot.forPlan(assignment.planId);
            owed = planner.dueAt(assignment, lead, now);
            next = planner.nextFireAfter(assignment, through);
        } catch (RuntimeException e) {
            Log.errorf(e, "Cannot plan reminders of assignment %s; trying again later", assignment.assignmentId);
            return new Schedule(assignment.assignmentId, null, now.plus(PLANNING_RETRY));
        }
        owed.forEach(reminder -> due.add(new DueReminder(assignment, reminder)));
        return new Schedule(assignment.assignmentId, through, next.orElse(null));
    }
}
