package org.taizhang.plan.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Something an import could not fully understand, left for the office to check. */
@Entity
@Table(name = "plan_diagnostic")
public class PlanDiagnostic extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    /** Order of the diagnostic in the import's report. */
    public int position;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "task_position")
    public Integer taskPosition;

    public String code;

    public String message;
}
