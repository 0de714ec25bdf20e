package org.taizhang.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.TaskSnapshot;

/** A task of a published plan as this service knows it: enough to assign it to more units later. */
@Entity
@Table(name = "tracked_task")
public class TrackedTask extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id")
    public String planId;

    public String number;

    public String title;

    @Column(name = "deadline_raw")
    public String deadlineRaw;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DeadlineKind deadlineKind;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public void apply(String planId, TaskSnapshot task) {
        this.taskId = task.taskId();
        this.planId = planId;
        this.number = task.number();
        this.title = task.title();
        Deadline deadline =
                task.deadline() == null ? new Deadline(null, DeadlineKind.UNSPECIFIED, null, null) : task.deadline();
        this.deadlineRaw = deadline.raw();
        this.deadlineKind = deadline.kind() == null ? DeadlineKind.UNSPECIFIED : deadline.kind();
        this.dueDate = deadline.dueDate();
        this.cadence = deadline.cadence();
    }

    public Deadline deadline() {
        return new Deadline(deadlineRaw, deadlineKind, dueDate, cadence);
    }
}
