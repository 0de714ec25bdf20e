package org.taizhang.reminder.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reminder.schedule.AssignmentView;

/** An assignment as this service knows it from assignment events, with the schedule state of its reminders. */
@Entity
@Table(name = "tracked_assignment")
public class TrackedAssignment extends PanacheEntityBase {

    @Id
    @Column(name = "assignment_id")
    public String assignmentId;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "task_number")
    public String taskNumber;

    @Column(name = "task_title")
    public String taskTitle;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public UnitRole role;

    @Column(name = "deadline_raw")
    public String deadlineRaw;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DeadlineKind deadlineKind = DeadlineKind.UNSPECIFIED;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_report_at")
    public Instant lastReportAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** The last tick that handled this assignment; null before the first. */
    @Column(name = "handled_through")
    public Instant handledThrough;

    /** When a reminder is next due; null when none will ever be. */
    @Column(name = "next_fire_at")
    public Instant nextFireAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public void setDeadline(Deadline deadline) {
        deadlineRaw = deadline == null ? null : deadline.raw();
        deadlineKind = deadline == null || deadline.kind() == null ? DeadlineKind.UNSPECIFIED : deadline.kind();
        dueDate = deadline == null ? null : deadline.dueDate();
        cadence = deadline == null ? null : deadline.cadence();
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** The planner's view, with dates as seen in the policy's zone. */
    public AssignmentView view(String leadUnitId, ZoneId zone) {
        return new AssignmentView(
                assignmentId,
                unitId,
                leadUnitId,
                status,
                deadlineKind,
                dueDate,
                cadence,
                createdAt.atZone(zone).toLocalDate(),
                lastReportAt == null ? null : lastReportAt.atZone(zone).toLocalDate());
    }

    /** The unit holding the LEAD assignment of the task, null when the task has none. */
    public static String leadUnitOf(String taskId) {
        return find(
                        "select t.unitId from TrackedAssignment t where t.taskId = ?1 and t.role = ?2"
                                + " and t.cancelledAt is null order by t.createdAt",
                        taskId,
                        UnitRole.LEAD)
                .project(String.class)
                .firstResultOptional()
                .orElse(null);
    }

    /** {@link #leadUnitOf} for many tasks in one query; tasks without a lead are absent. */
    public static Map<String, String> leadUnitsOf(Collection<String> taskIds) {
        Map<String, String> leads = new HashMap<>();
        if (taskIds.isEmpty()) {
            return leads;
        }
        getEntityManager()
                .createQuery(
                        "select t.taskId, t.unitId from TrackedAssignment t where t.taskId in :tasks and t.role = :lead"
                                + " and t.cancelledAt is null order by t.createdAt",
                        Object[].class)
                .setParameter("tasks", Set.copyOf(taskIds))
                .setParameter("lead", UnitRole.LEAD)
                .getResultList()
                .forEach(row -> leads.putIfAbsent((String) row[0], (String) row[1]));
        return leads;
    }
}
