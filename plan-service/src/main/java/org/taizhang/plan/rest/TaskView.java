package org.taizhang.plan.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.entity.TaskUnit;
import org.taizhang.plan.service.SectionTree;

/** A task as JSON: the contract the other services and the office's screens read. */
@Schema(description = "A task of a plan, as the other services and the office's screens read it")
public record TaskView(
        @Schema(description = "The task's id") UUID id,

        @Schema(description = "The task's position in the plan, from 0, in document order")
        int position,

        @Schema(description = "The task number as the plan writes it, e.g. 3 or (二)3; null when the plan numbers none")
        String number,

        @Schema(description = "The section headings from the top level down; empty for a task under no heading")
        List<String> sectionPath,

        @Schema(description = "The task text (工作任务)") String title,

        @Schema(description = "The requirement text (工作要求); null when the plan has none")
        String requirement,

        @Schema(description = "The deadline as written and as parsed")
        Deadline deadline,

        @Schema(description = "The units the task names, as written and understood, each with its role")
        List<UnitMention> units,

        @Schema(
                description = "The status column (落实情况) the imported"
                        + " document carried, as written; null when it had none")
        String importedStatus,

        @Schema(description = "In a derived plan, the id of the task it was derived from; null otherwise")
        UUID sourceTaskId,

        @Schema(description = "True once the task was withdrawn from a published plan")
        boolean withdrawn,

        @Schema(description = "Why it was withdrawn; null unless withdrawn")
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
