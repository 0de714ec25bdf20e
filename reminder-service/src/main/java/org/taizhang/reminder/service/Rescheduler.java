package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.service.ScheduleUpdates.Schedule;

/**
 * Recomputes {@code next_fire_at} when an assignment, a policy or the calendar changes. Rows are locked first, in id
 * order, so that a tick working them waits and two reschedules never deadlock; a time in the past is caught up by the
 * next tick. Many rows are worked a page at a time: a calendar change touches every open assignment, and a million of
 * them loaded at once do not fit in the service's heap.
 */
@ApplicationScoped
public class Rescheduler {

    /** Seconds a transaction that reschedules a plan or everything may take; callers put it on their transaction. */
    public static final String TIMEOUT_PROPERTY = "taizhang.reminders.reschedule-timeout-seconds";

    private static final String OPEN = "cancelledAt is null and status <> :completed and assignmentId > :after";

    private final Planning planning;
    private final ScheduleUpdates schedules;
    private final ReminderConfig config;

    public Rescheduler(Planning planning, ScheduleUpdates schedules, ReminderConfig config) {
        this.planning = planning;
        this.schedules = schedules;
        this.config = config;
    }

    /** After the assignment changed; the snapshot is the one its poll of events shares. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(TrackedAssignment assignment, Planning.Snapshot snapshot) {
        assignment.nextFireAt =
                snapshot.forPlan(assignment.planId).nextFireAt(assignment).orElse(null);
    }

    /** After a plan's policy changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reschedulePlan(String planId) {
        return inPages(OPEN + " and planId = :plan", planId);
    }

    /** After the default policy changed: every plan without an override of its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescheduleDefault() {
        return inPages(
                OPEN + " and planId not in (select p.planId from StoredPolicy p where p.planId is not null)", null);
    }

    /** After the calendar changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescheduleAll() {
        return inPages(OPEN, null);
    }

    /**
     * Locks, replans and writes one page after another, keyed on the id so that each page starts where the last ended.
     * The persistence context is flushed and emptied between pages so that it never holds more than one page; the
     * caller's pending changes are flushed with the first.
     */
    private int inPages(String where, String planId) {
        EntityManager em = TrackedAssignment.getEntityManager();
        Planning.Snapshot snapshot = planning.snapshot();
        int size = config.reschedulePageSize();
        String after = "";
        int total = 0;
        List<TrackedAssignment> page;
        do {
            em.flush();
            em.clear();
            var query = em.createQuery(
                            "from TrackedAssignment where " + where + " order by assignmentId", TrackedAssignment.class)
                    .setParameter("completed", AssignmentStatus.COMPLETED)
                    .setParameter("after", after)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setMaxResults(size);
            if (planId != null) {
                query.setParameter("plan", planId);
            }
            page = query.getResultList();
            schedules.write(changed(page, snapshot));
            total += page.size();
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).assignmentId;
            }
        } while (page.size() == size);
        em.clear();
        return total;
    }

    /** The new schedules of the page's assignments whose next fire time moved; the others are left as they are. */
    private static List<Schedule> changed(List<TrackedAssignment> page, Planning.Snapshot snapshot) {
        List<Schedule> moved = new ArrayList<>();
        for (TrackedAssignment a : page) {
            Instant next = snapshot.forPlan(a.planId).nextFireAt(a).orElse(null);
            if (!Objects.equals(next, a.nextFireAt)) {
                moved.add(new Schedule(a.assignmentId, null, next));
            }
        }
        return moved;
    }
}
