package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.platform.persistence.DeadlineColumns;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.entity.Task;

/** Writes plan-service's events into the plan and task tables; every write is an upsert keyed by the event's ids. */
@ApplicationScoped
public class PlanProjection {

    /** Stands in for a missing time where only whether something happened matters (withdrawn, closed). */
    static final Instant UNKNOWN_TIME = Instant.EPOCH;

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(PlanPublished event) {
        Plan found = Plan.findById(event.planId());
        Plan plan = found != null ? found : new Plan();
        plan.planId = event.planId();
        plan.title = event.title();
        plan.year = event.year();
        plan.regionCode = event.regionCode();
        plan.regionName = event.regionName();
        plan.level = event.level();
        plan.parentPlanId = event.parentPlanId();
        plan.publishedBy = event.publishedBy();
        plan.publishedAt = event.publishedAt();
        if (found == null) {
            plan.persist(); // filled first, so that no flush can insert a half-made row
        }
        List<TaskSnapshot> tasks = event.tasks() == null ? List.of() : event.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            upsert(plan.planId, tasks.get(i), i);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(TaskAmended event) {
        if (event.task() == null || event.task().taskId() == null) {
            return;
        }
        Task existing = Task.findById(event.task().taskId());
        upsert(event.planId(), event.task(), existing != null ? existing.position : nextPosition(event.planId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(TaskWithdrawn event) {
        Task task = event.taskId() == null ? null : Task.findById(event.taskId());
        if (task != null) {
            task.withdrawnAt = Objects.requireNonNullElse(event.withdrawnAt(), UNKNOWN_TIME);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(PlanClosed event) {
        Plan plan = Plan.findById(event.planId());
        if (plan != null) {
            plan.closedAt = Objects.requireNonNullElse(event.closedAt(), UNKNOWN_TIME);
        }
    }

    private static void upsert(String planId, TaskSnapshot snapshot, int position) {
        if (snapshot == null || snapshot.taskId() == null) {
            return;
        }
        Task found = Task.findById(snapshot.taskId());
        Task task = found != null ? found : new Task();
        task.taskId = snapshot.taskId();
        task.planId = planId;
        task.position = position;
        task.number = snapshot.number();
        task.sectionPath = snapshot.sectionPath() == null ? new ArrayList<>() : new ArrayList<>(snapshot.sectionPath());
        task.title = snapshot.title();
        task.requirement = snapshot.requirement();
        task.leadUnits = names(snapshot.units(), Set.of(UnitRole.LEAD));
        // The plan's 责任单位 column names supporting (配合) units too; the annual report's column shows them all.
        task.responsibleUnits = names(snapshot.units(), Set.of(UnitRole.RESPONSIBLE, UnitRole.SUPPORTING));
        task.deadline = DeadlineColumns.of(snapshot.deadline());
        task.sourceTaskId = snapshot.sourceTaskId();
        task.withdrawnAt = null;
        if (found == null) {
            task.persist();
        }
    }

    /** The names of the mentions in these roles, as understood (or as written when not understood), once each. */
    private static List<String> names(List<UnitMention> mentions, Set<UnitRole> roles) {
        Set<String> names = new LinkedHashSet<>();
        if (mentions != null) {
            mentions.stream()
                    .filter(m -> m != null && roles.contains(m.role()))
                    .map(m -> m.name() == null || m.name().isBlank() ? m.raw() : m.name())
                    .filter(name -> name != null && !name.isBlank())
                    .forEach(names::add);
        }
        return new ArrayList<>(names);
    }

    private static int nextPosition(String planId) {
        Integer last = Task.getEntityManager()
                .createQuery("select max(t.position) from Task t where t.planId = ?1", Integer.class)
                .setParameter(1, planId)
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }
}
