package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.events.reminder.ReminderKind;

/** A reminder issued about an assignment; urgings (催办) among them cost points on the unit's scorecard. */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @Id
    @Column(name = "reminder_id")
    public String reminderId;

    @Column(name = "assignment_id")
    public String assignmentId;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "unit_id")
    public String unitId;

    @Enumerated(EnumType.STRING)
    public ReminderKind kind;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "escalation_step")
    public int escalationStep;

    @Column(name = "recipient_unit_id")
    public String recipientUnitId;

    @Column(name = "issued_at")
    public Instant issuedAt;
}
