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

/** One batch of progress reports as received: who pushed it, when, and how its reports fared. */
@Entity
@Table(name = "progress_batch")
public class ProgressBatch extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The pusher's token subject (a county system's client id). */
    public String reporter;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_via")
    public Reporter.Via reportedVia;

    /** The unit of a unit's staff who pushed it. */
    @Column(name = "unit_id")
    public String unitId;

    /** The region claim of a county system that pushed it. */
    public String region;

    @Column(name = "received_at")
    public Instant receivedAt;

    public int reports;

    public int accepted;

    public int duplicates;

    public int rejected;
}
