package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reminder.entity.StoredPolicy;
import org.taizhang.reminder.entity.TrackedAssignment;

/**
 * Recomputes {@code next_fire_at} when an assignment, a policy or the calendar changes. Rows are locked first, in id
 * order, so that a tick working them waits and two reschedules never deadlock; a time in the past is caught up by the
 * next tick.
 */
@ApplicationScoped
public class Rescheduler {

    private static final String OPEN = "cancelledAt is null and status <> ?1";

    private final Planning planning;

    public Rescheduler(Planning planning) {
        this.planning = planning;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(TrackedAssignment assignment) {
        apply(assignment, planning.snapshot());
    }

    /** After a plan's policy changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reschedulePlan(String planId) {
        return apply(lock(OPEN + " and planId = ?2 order by assignmentId", AssignmentStatus.COMPLETED, planId));
    }

    /** After the default policy changed: every plan without an override of its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescheduleDefault() {
        Set<String> overridden = StoredPolicy.<StoredPolicy>list("planId is not null").stream()
                .map(p -> p.planId)
                .collect(Collectors.toSet());
        return apply(lock(OPEN + " order by assignmentId", AssignmentStatus.COMPLETED).stream()
                .filter(a -> !overridden.contains(a.planId))
                .toList());
    }

    /** After the calendar changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescheduleAll() {
        return apply(lock(OPEN + " order by assignmentId", AssignmentStatus.COMPLETED));
    }

    private int apply(List<TrackedAssignment> assignments) {
        Planning.Snapshot snapshot = planning.snapshot();
        assignments.forEach(a -> apply(a, snapshot));
        return assignments.size();
    }

    private static void apply(TrackedAssignment assignment, Planning.Snapshot snapshot) {
        assignment.nextFireAt =
                snapshot.forPlan(assignment.planId).nextFireAt(assignment).orElse(null);
    }

    private static List<TrackedAssignment> lock(String query, Object... params) {
        return TrackedAssignment.<TrackedAssignment>find(query, params)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
