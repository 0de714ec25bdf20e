package org.taizhang.plan.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Something an import could not fully understand, left for the office to check. */
@Entity
@Table(name = "plan_diagnostic")
public class PlanDiagnostic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "task_position")
    public Integer taskPosition;

    public String code;

    public String message;
}
