package org.taizhang.plan.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A key-task division plan of one government for one year. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public int year;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_name")
    public String regionName;

    @Enumerated(EnumType.STRING)
    public PlanLevel level;

    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "source_filename")
    public String sourceFilename;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** A new draft, stamped with who created it and when. */
    public static Plan draft(String title, int year, String regionCode, PlanLevel level, String by) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.title = title;
        plan.year = year;
        plan.regionCode = regionCode;
        plan.level = level;
        plan.status = PlanStatus.DRAFT;
        plan.createdBy = by;
        plan.createdAt = Instant.now();
        plan.touch(by);
        return plan;
    }

    public void touch(String by) {
        updatedBy = by;
        updatedAt = Instant.now();
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** Published and closed plans are public information. */
    public boolean isPublic() {
        return status != PlanStatus.DRAFT;
    }
}
