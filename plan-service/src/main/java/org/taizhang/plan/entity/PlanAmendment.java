package org.taizhang.plan.entity;

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

/** A change to a published plan: which task, what was done, why, by whom and when. */
@Entity
@Table(name = "plan_amendment")
public class PlanAmendment extends PanacheEntityBase {

    /** What an amendment did. */
    @Schema(
            description =
                    "What an amendment did to a published plan:" + " ADDED a task, CHANGED a task, WITHDRAWN a task")
    public enum Kind {
        ADDED,
        CHANGED,
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "task_id")
    public UUID taskId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String reason;

    @Column(name = "amended_by")
    public String amendedBy;

    @Column(name = "amended_at")
    public Instant amendedAt;

    public static PlanAmendment record(UUID planId, UUID taskId, Kind kind, String reason, String by) {
        PlanAmendment amendment = new PlanAmendment();
        amendment.id = UUID.randomUUID();
        amendment.planId = planId;
        amendment.taskId = taskId;
        amendment.kind = kind;
        amendment.reason = reason;
        amendment.amendedBy = by;
        amendment.amendedAt = Instant.now();
        amendment.persist();
        return amendment;
    }
}
