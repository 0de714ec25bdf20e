package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

/** A progress report on an assignment; every report is kept (scorecards read their times from the assignment). */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public String reportId;

    @Column(name = "assignment_id")
    public String assignmentId;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "unit_id")
    public String unitId;

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_urls")
    public List<String> evidenceUrls = new ArrayList<>();

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_via")
    public String reportedVia;

    /** The time the report claims. */
    @Column(name = "reported_at")
    public Instant reportedAt;

    /** When the assignment-service received it, what timeliness goes by; null for events from before it was sent. */
    @Column(name = "received_at")
    public Instant receivedAt;
}
