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
import org.taizhang.assignment.planning.PendingMention;
import org.taizhang.events.plan.UnitRole;

/** A unit mention of a task that waits for the office to say which units it means. */
@Entity
@Table(name = "pending_item")
public class PendingItem extends PanacheEntityBase {

    /** Where the office is with the item. */
    @Schema(
            description = "Where the office is with the item: OPEN waiting, RESOLVED"
                    + " assigned to the units chosen, DISMISSED needing no assignment")
    public enum Status {
        OPEN,
        RESOLVED,
        DISMISSED
    }

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "mention_raw")
    public String mentionRaw;

    @Column(name = "mention_name")
    public String mentionName;

    @Enumerated(EnumType.STRING)
    public UnitRole role;

    @Enumerated(EnumType.STRING)
    public PendingMention.Reason reason;

    /** Ids of the units the name could mean, comma-separated, for an ambiguous name. */
    @Column(name = "candidate_ids")
    public String candidateIds;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The units the office chose, comma-separated. */
    @Column(name = "resolved_unit_ids")
    public String resolvedUnitIds;

    public String note;
}
