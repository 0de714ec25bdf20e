package org.taizhang.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.platform.persistence.DeadlineColumns;

/** One unit's part in one task of a published plan. */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

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

    @Embedded
    public DeadlineColumns deadline = new DeadlineColumns();

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status;

    /** When Taizhang received the last report applied: what timeliness is judged on. */
    @Column(name = "last_report_at")
    public Instant lastReportAt;

    /** The unit's own time of the last report applied: an earlier-dated report arriving later moves nothing. */
    @Column(name = "latest_reported_at")
    public Instant latestReportedAt;

    public Integer percent;

    @Column(name = "last_summary")
    public String lastSummary;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Assignment of(TrackedTask task, Unit unit, UnitRole role) {
        return of(task, unit.id, unit.name, unit.regionCode, role);
    }

    /** A new assignment of the task to the unit of that id, name and region (as the directory holds them now). */
    public static Assignment of(TrackedTask task, String unitId, String unitName, String regionCode, UnitRole role) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.planId = task.planId;
        assignment.taskId = task.taskId;
        assignment.taskNumber = task.number;
        assignment.taskTitle = task.title;
        assignment.unitId = unitId;
        assignment.unitName = unitName;
        assignment.regionCode = regionCode;
        assignment.role = role;
        assignment.setDeadline(task.deadline());
        assignment.status = AssignmentStatus.NOT_STARTED;
        assignment.createdAt = Instant.now();
        assignment.updatedAt = assignment.createdAt;
        return assignment;
    }

    public Deadline deadline() {
        return deadline.toDeadline();
    }

    public void setDeadline(Deadline deadline) {
        this.deadline = DeadlineColumns.of(deadline);
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }
}
