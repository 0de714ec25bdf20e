package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published plan as its PlanPublished event described it; only published plans ever reach this service. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public String planId;

    public String title;

    public int year;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_name")
    public String regionName;

    public String level;

    @Column(name = "parent_plan_id")
    public String parentPlanId;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
