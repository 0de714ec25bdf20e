package org.taizhang.reporting.compute;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.model.TaskFacts;

/**
 * A task's 落实情况 in the annual report, decided in this order on the day the report is drawn up:
 *
 * <ol>
 *   <li>已完成 — every LEAD and RESPONSIBLE assignment is COMPLETED ({@link TaskCompletion#isComplete});
 *   <li>未完成 — not complete and past due: an accountable unit's fixed due date has passed;
 *   <li>持续推进 — the task's deadline is ongoing or periodic (持续推进, 每季度 …), which has no end to miss;
 *   <li>推进中 — anything else: a fixed date still ahead, or no deadline understood.
 * </ol>
 *
 * Completion wins over the deadline kind, so ongoing work every unit has closed reads 已完成.
 */
@Schema(
        description = "A task's 落实情况: COMPLETED 已完成 (every LEAD and RESPONSIBLE"
                + " unit completed), UNFINISHED 未完成 (past a fixed due date),"
                + " CONTINUING 持续推进 (ongoing or periodic work), IN_PROGRESS 推进中")
public enum TaskOutcome {
    COMPLETED("已完成"),
    UNFINISHED("未完成"),
    CONTINUING("持续推进"),
    IN_PROGRESS("推进中");

    private final String label;

    TaskOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TaskOutcome of(TaskFacts task, LocalDate asOf) {
        if (TaskCompletion.isComplete(task)) {
            return COMPLETED;
        }
        if (TaskCompletion.isOverdue(task, asOf)) {
            return UNFINISHED;
        }
        return TaskCompletion.isPeriodic(task.deadline()) ? CONTINUING : IN_PROGRESS;
    }
}
