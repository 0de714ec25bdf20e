package org.taizhang.plan.rest;

import java.util.List;
import java.util.UUID;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.entity.TaskUnit;
import org.taizhang.plan.service.SectionTree;

/** A task as JSON: the contract the other services and the office's screens read. */
public record TaskView(
        UUID id,
        int position,
        String number,
        List<String> sectionPath,
        String title,
        String requirement,
        Deadline deadline,
        List<UnitMention> units,
        String importedStatus,
        UUID sourceTaskId,
        boolean withdrawn,
        String withdrawalReason) {

    public static TaskView from(PlanTask task, SectionTree sections) {
        return new TaskView(
                task.id,
                task.position,
                task.number,
                sections.pathOf(task.sectionId),
                task.title,
                task.requirement,
                task.deadline(),
                task.units.stream().map(TaskUnit::toMention).toList(),
                task.importedStatus,
                task.sourceTaskId,
                task.isWithdrawn(),
                task.withdrawalReason);
    }
}
