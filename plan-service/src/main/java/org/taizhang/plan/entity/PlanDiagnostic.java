package org.taizhang.plan.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Something an import could not fully understand, left for the office to check; a draft's task diagnostics are
 * recomputed when the task is edited (see DiagnosticService).
 */
@Entity
@Table(name = "plan_diagnostic")
public class PlanDiagnostic extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    /** Order in which the diagnostic was found: the import's report first, then later checks. */
    public int position;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "task_position")
    public Integer taskPosition;

    public String code;

    public String message;

    public static PlanDiagnostic of(
            UUID planId, int position, UUID taskId, Integer taskPosition, String code, String message) {
        PlanDiagnostic diagnostic = new PlanDiagnostic();
        diagnostic.id = UUID.randomUUID();
        diagnostic.planId = planId;
        diagnostic.position = position;
        diagnostic.taskId = taskId;
        diagnostic.taskPosition = taskPosition;
        diagnostic.code = code;
        diagnostic.message = message;
        return diagnostic;
    }
}
