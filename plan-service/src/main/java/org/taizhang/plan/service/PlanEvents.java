package org.taizhang.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.taizhang.events.outbox.Outbox;
import org.taizhang.events.plan.AmendmentKind;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.entity.TaskUnit;

/** Tells the other services what happened to a plan, through the outbox of the current transaction. */
@ApplicationScoped
public class PlanEvents {

    private final Outbox outbox;

    public PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void published(Plan plan, List<PlanTask> tasks, SectionTree sections) {
        outbox.publish(new PlanPublished(
                plan.id.toString(),
                plan.title,
                plan.year,
                plan.regionCode,
                plan.regionName,
                plan.level.name(),
                plan.parentPlanId == null ? null : plan.parentPlanId.toString(),
                tasks.stream().map(t -> snapshot(t, sections)).toList(),
                plan.publishedBy,
                plan.publishedAt));
    }

    public void amended(PlanTask task, SectionTree sections, AmendmentKind kind, String reason, String by) {
        outbox.publish(
                new TaskAmended(task.planId.toString(), kind, snapshot(task, sections), reason, by, Instant.now()));
    }

    public void withdrawn(PlanTask task, String reason, String by) {
        outbox.publish(new TaskWithdrawn(task.planId.toString(), task.id.toString(), reason, by, task.withdrawnAt));
    }

    public void closed(Plan plan) {
        outbox.publish(new PlanClosed(plan.id.toString(), plan.closedBy, plan.closedAt));
    }

    static TaskSnapshot snapshot(PlanTask task, SectionTree sections) {
        return new TaskSnapshot(
                task.id.toString(),
                task.number,
                sections.pathOf(task.sectionId),
                task.title,
                task.requirement,
                task.deadline(),
                task.units.stream().map(TaskUnit::toMention).toList(),
                task.sourceTaskId == null ? null : task.sourceTaskId.toString());
    }
}
