package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.schedule.PlannedReminder;

/**
 * 催办 by hand: the office urges an overdue assignment and the reminder goes out at once, addressed as the automatic
 * overdue reminder of the escalation step in force and issued through {@link ReminderIssuer} like every other (its
 * deliveries, its ReminderIssued event). The assignment's row is locked first, so that two urges of one assignment
 * are judged one after the other: a retry with the same request id gets the first urge back, any other urge inside the
 * cool-down is refused. The automatic reminders keep their own schedule.
 */
@ApplicationScoped
public class UrgeService {

    private static final String LOCK = "select * from tracked_assignment where assignment_id = ?1 for no key update";

    private final Planning planning;
    private final ReminderIssuer issuer;
    private final ReminderConfig config;

    public UrgeService(Planning planning, ReminderIssuer issuer, ReminderConfig config) {
        this.planning = planning;
        this.issuer = issuer;
        this.config = config;
    }

    @Transactional
    public Urged urge(UrgeCommand command, String urgedBy, Instant now) {
        TrackedAssignment assignment = lock(command.assignmentId())
                .orElseThrow(() -> new NotFoundException("Assignment", command.assignmentId()));
        Optional<Urged> retried = earlier(command, urgedBy);
        if (retried.isPresent()) {
            return retried.get();
        }
        PlanPlanner planner = planning.snapshot(List.of(assignment.planId)).forPlan(assignment.planId);
        LocalDate today = now.atZone(planner.policy().zone()).toLocalDate();
        UrgeRules.refusal(assignment, today).ifPresent(why -> {
            throw new NotUrgeableException(why);
        });
        requireCooledDown(assignment.assignmentId, now);
        PlannedReminder planned = planner.urgeAt(assignment, TrackedAssignment.leadUnitOf(assignment.taskId), now)
                .orElseThrow(
                        () -> new NotUrgeableException("Assignment " + assignment.assignmentId + " is not overdue"));
        DueReminder.Urge urge = new DueReminder.Urge(UUID.randomUUID(), urgedBy, command.note(), command.requestId());
        if (!issuer.issue(new DueReminder(assignment, planned, urge), now)) {
            // The request id went to an urge of another assignment, committed while this one waited for its insert.
            return earlier(command, urgedBy)
                    .orElseThrow(
                            () -> new IllegalStateException("Urge " + urge.id() + " was neither issued nor found"));
        }
        Log.infof(
                "Assignment %s urged by %s: OVERDUE step %d to %s",
                assignment.assignmentId, urgedBy, planned.key().step(), planned.target());
        return new Urged(Reminder.findById(urge.id()), true);
    }

    private static Optional<TrackedAssignment> lock(String assignmentId) {
        @SuppressWarnings("unchecked")
        List<TrackedAssignment> rows = TrackedAssignment.getEntityManager()
                .createNativeQuery(LOCK, TrackedAssignment.class)
                .setParameter(1, assignmentId)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** The urge this account already made under the request id: returned again, or refused when it was another. */
    private static Optional<Urged> earlier(UrgeCommand command, String urgedBy) {
        if (command.requestId() == null) {
            return Optional.empty();
        }
        Optional<Reminder> found = Reminder.find("urgedBy = ?1 and requestId = ?2", urgedBy, command.requestId())
                .firstResultOptional();
        found.filter(r -> !r.assignmentId.equals(command.assignmentId()) || !Objects.equals(r.note, command.note()))
                .ifPresent(r -> {
                    throw new ConflictException("requestId " + command.requestId() + " was already used for another"
                            + " urge (assignment " + r.assignmentId + ", issued " + r.issuedAt + ")");
                });
        return found.map(r -> new Urged(r, false));
    }

    private void requireCooledDown(String assignmentId, Instant now) {
        Instant last = Reminder.getEntityManager()
                .createQuery(
                        "select max(r.issuedAt) from Reminder r where r.assignmentId = ?1 and r.urgedBy is not null",
                        Instant.class)
                .setParameter(1, assignmentId)
                .getSingleResult();
        if (last == null) {
            return;
        }
        Instant urgeableAt = last.plus(config.urgeCooldown());
        if (urgeableAt.isAfter(now)) {
            throw new UrgeCooldownException(assignmentId, last, urgeableAt, now);
        }
    }
}
