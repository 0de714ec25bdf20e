package org.taizhang.reminder.delivery;

import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.policy.EscalationTarget;

/**
 * What a subscriber receives about one reminder: the JSON body of a webhook, and the subject and text of an e-mail.
 * {@code officialCalendar} false warns that the dates were counted on weekends only (the year's arrangement missing).
 * {@code urged} is true when the office urged the assignment by hand (催办), with its {@code note} if it wrote one.
 */
public record ReminderMessage(
        String deliveryId,
        String reminderId,
        String assignmentId,
        String planId,
        String taskId,
        String taskNumber,
        String taskTitle,
        String unitId,
        String unitName,
        ReminderKind kind,
        LocalDate dueDate,
        int step,
        EscalationTarget target,
        String recipientUnitId,
        LocalDate fireOn,
        Instant issuedAt,
        boolean officialCalendar,
        boolean urged,
        String note) {

    public String subject(String prefix) {
        return prefix + task() + what();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(unitName == null ? unitId : unitName).append("：\n\n");
        text.append(task()).append(what()).append("。\n");
        text.append(kind == ReminderKind.REPORT_DUE || kind == ReminderKind.REPORT_OVERDUE ? "报送期截止：" : "截止日期：")
                .append(dueDate)
                .append('\n');
        text.append("提醒对象：").append(audience()).append('\n');
        if (note != null && !note.isBlank()) {
            text.append("催办说明：").append(note).append('\n');
        }
        if (!officialCalendar) {
            text.append("（当年节假日安排尚未导入，工作日按周末推算。）\n");
        }
        text.append("\n请登录台账系统报送落实情况。\n提醒编号：").append(reminderId).append('\n');
        return text.toString();
    }

    /** The task and what is due about it, e.g. 第3项任务「…」距截止日期还有5个工作日: a chat message's headline. */
    public String headline() {
        return task() + what();
    }

    /** The unit's name, or its id when the directory gave no name. */
    public String unit() {
        return unitName == null ? unitId : unitName;
    }

    /** The deadline line of a chat message: the due date and where it stands in working days. */
    public String deadline() {
        String label = kind == ReminderKind.REPORT_DUE || kind == ReminderKind.REPORT_OVERDUE ? "报送期截止" : "截止日期";
        return label + "：" + dueDate + "（" + workingDays() + "）";
    }

    /** Where the deadline stands in working days, short enough for an SMS template variable. */
    public String workingDays() {
        return switch (kind) {
            case BEFORE_DUE -> "剩" + step + "个工作日";
            case DUE_TODAY -> "今日到期";
            case REPORT_DUE -> "报送到期";
            case OVERDUE, REPORT_OVERDUE -> "已逾期";
        };
    }

    private String task() {
        String number = taskNumber == null || taskNumber.isBlank() ? "" : "第" + taskNumber + "项任务";
        return number + "「" + (taskTitle == null ? taskId : taskTitle) + "」";
    }

    private String what() {
        return switch (kind) {
            case BEFORE_DUE -> "距截止日期还有" + step + "个工作日";
            case DUE_TODAY -> "今日到期";
            case OVERDUE -> urged ? "已逾期，政务公开办催办" : "已逾期，第" + step + "次催办";
            case REPORT_DUE -> "本期进展报送到期";
            case REPORT_OVERDUE -> "本期进展报送已逾期";
        };
    }

    /** Who the reminder is for: the unit, the lead unit, or the office. */
    public String audience() {
        return switch (target) {
            case UNIT -> "责任单位";
            case LEAD_UNIT -> "牵头单位（" + recipientUnitId + "）";
            case OFFICE -> "政务公开办";
        };
    }
}
