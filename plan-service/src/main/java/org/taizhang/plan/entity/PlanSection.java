package org.taizhang.plan.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A section heading of a plan (一、… at the top, （一）… below), kept with its numbering as written. */
@Entity
@Table(name = "plan_section")
public class PlanSection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "parent_id")
    public UUID parentId;

    public int position;

    public String title;

    public static PlanSection of(UUID planId, UUID parentId, int position, String title) {
        PlanSection section = new PlanSection();
        section.id = UUID.randomUUID();
        section.planId = planId;
        section.parentId = parentId;
        section.position = position;
        section.title = title;
        return section;
    }
}
