package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.platform.persistence.DeadlineColumns;

/**
 * One unit's share of a task. {@code created} stays false while the row is a stub made by a later event of the
 * assignment that overtook its AssignmentCreated; stubs are kept, but left out of figures until created.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

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

    @Embedded
    public DeadlineColumns deadline = new DeadlineColumns();

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status = AssignmentStatus.NOT_STARTED;

    public boolean created;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "last_report_at")
    public Instant lastReportAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** When each of its reports counts as made (received, else claimed), in arrival order: scorecards judge by these. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "report_times")
    public List<Instant> reportTimes = new ArrayList<>();

    /** Reminders issued about it. */
    public int reminders;

    /** Reminders among them sent because something was overdue (催办). */
    public int urgings;
}
