package org.taizhang.plan.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

/** One numbered task of a plan: what is to be done, by whom, by when. */
@Entity
@Table(name = "plan_task")
public class PlanTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "section_id")
    public UUID sectionId;

    public int position;

    public String number;

    public String title;

    public String requirement;

    @Column(name = "deadline_raw")
    public String deadlineRaw;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DeadlineKind deadlineKind;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    @Column(name = "imported_status")
    public String importedStatus;

    @Column(name = "source_task_id")
    public UUID sourceTaskId;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_unit", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<TaskUnit> units = new ArrayList<>();

    public static PlanTask of(UUID planId, int position) {
        PlanTask task = new PlanTask();
        task.id = UUID.randomUUID();
        task.planId = planId;
        task.position = position;
        return task;
    }

    public Deadline deadline() {
        return new Deadline(deadlineRaw, deadlineKind, dueDate, cadence);
    }

    public void setDeadline(Deadline deadline) {
        deadlineRaw = deadline.raw();
        deadlineKind = deadline.kind();
        dueDate = deadline.dueDate();
        cadence = deadline.cadence();
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public void touch(String by) {
        updatedBy = by;
        updatedAt = Instant.now();
    }
}
