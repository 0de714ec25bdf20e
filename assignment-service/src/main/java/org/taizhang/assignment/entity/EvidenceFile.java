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
import org.taizhang.assignment.progress.Reporter;

/** An evidence file's description; its bytes are the {@code EvidenceStore}'s, never loaded with it. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploaded_via")
    public Reporter.Via uploadedVia;

    @Column(name = "uploaded_by_unit")
    public String uploadedByUnit;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    public long size;

    public String sha256;

    @Column(name = "created_at")
    public Instant createdAt;
}
