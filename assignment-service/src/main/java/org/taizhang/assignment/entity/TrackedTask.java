package org.taizhang.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.platform.persistence.DeadlineColumns;

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

    public String requirement;

    /** The top-level section heading, which qualifies task numbers that start again in every section. */
    public String section;

    @Embedded
    public DeadlineColumns deadline = new DeadlineColumns();

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public void apply(String planId, TaskSnapshot task) {
        this.taskId = task.taskId();
        this.planId = planId;
        this.number = task.number();
        this.title = task.title();
        this.requirement = task.requirement();
        this.section = task.sectionPath() == null || task.sectionPath().isEmpty()
                ? null
                : task.sectionPath().get(0);
        this.deadline = DeadlineColumns.of(task.deadline());
    }

    public Deadline deadline() {
        return deadline.toDeadline();
    }
}
