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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of an assignment: who, when, what it was before and after (as JSON). */
@Entity
@Table(name = "assignment_audit")
public class AuditEntry extends PanacheEntityBase {

    /** What kind of change it was. */
    @Schema(
            description = "What kind of change it was: CREATED, DEADLINE_CHANGED, CANCELLED,"
                    + " PROGRESS_REPORTED or REOPENED (the office reopened a completed assignment)")
    public enum Action {
        CREATED,
        DEADLINE_CHANGED,
        CANCELLED,
        PROGRESS_REPORTED,
        REOPENED
    }

    @Id
    public UUID id;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    public Instant at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "before_state")
    public String before;

    @Column(name = "after_state")
    public String after;
}
