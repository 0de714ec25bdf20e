package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.taizhang.events.assignment.AssignmentStatus;

/** One move of an assignment's status: the history the completion-over-time chart is replayed from. */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assignment_id")
    public String assignmentId;

    @Column(name = "plan_id")
    public String planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public AssignmentStatus previousStatus;

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
