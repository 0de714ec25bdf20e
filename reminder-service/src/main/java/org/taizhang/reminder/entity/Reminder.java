package org.taizhang.reminder.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.policy.EscalationTarget;

/**
 * An issued reminder: inserted once per key (assignment, kind, due date, step) by the tick that issues it, or by the
 * office urging an overdue assignment by hand (催办), which records who urged it and the note sent with it.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assignment_id")
    public String assignmentId;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public ReminderKind kind;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public int step;

    @Enumerated(EnumType.STRING)
    public EscalationTarget target;

    @Column(name = "recipient_unit_id")
    public String recipientUnitId;

    @Column(name = "fire_on")
    public LocalDate fireOn;

    @Column(name = "fire_at")
    public Instant fireAt;

    @Column(name = "official_calendar")
    public boolean officialCalendar;

    @Enumerated(EnumType.STRING)
    public ReminderStatus status;

    @Column(name = "issued_at")
    public Instant issuedAt;

    /** The office account (token subject) that urged by hand; null for the scheduled reminders. */
    @Column(name = "urged_by")
    public String urgedBy;

    /** What the office wrote to the unit with an urge; null without one. */
    public String note;

    /** The urging client's id for the request, unique per account: a retry returns this reminder. */
    @Column(name = "request_id")
    public String requestId;

    /** The W3C traceparent of the reminder's trace, of which every delivery attempt is a span; null before tracing. */
    @Column(name = "trace_parent")
    public String traceParent;

    public boolean urged() {
        return urgedBy != null;
    }
}
