package org.taizhang.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published plan as this service knows it from plan-service's events. */
@Entity
@Table(name = "tracked_plan")
public class TrackedPlan extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public String planId;

    public String title;

    public int year;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "closed_at")
    public Instant closedAt;
}
