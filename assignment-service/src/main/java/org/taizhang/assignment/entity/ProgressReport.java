package org.taizhang.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.events.assignment.AssignmentStatus;

/** One progress report as received, kept for the history even when a newer report had already arrived. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    public String reporter;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_via")
    public Reporter.Via reportedVia;

    @Column(name = "client_report_id")
    public String clientReportId;

    public String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public AssignmentStatus previousStatus;

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status;

    public String summary;

    public Integer percent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] evidence;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public boolean applied;

    /** The uploaded evidence files the report cites, each one of the same assignment's. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_files")
    public UUID[] evidenceFiles;
}
