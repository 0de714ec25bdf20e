package org.taizhang.console.view;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.taizhang.console.api.Assignment;
import org.taizhang.console.api.Deadline;
import org.taizhang.console.api.Plan;
import org.taizhang.console.api.Task;
import org.taizhang.console.api.UnitMention;

/** The Chinese words the pages show for the services' codes, as template extensions. */
@TemplateExtension
public final class Labels {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final Map<String, String> STATUS = Map.of(
            "NOT_STARTED", "未开始",
            "IN_PROGRESS", "推进中",
            "COMPLETED", "已完成",
            "ONGOING", "持续推进");
    static final Map<String, String> PLAN_STATUS = Map.of("DRAFT", "草稿", "PUBLISHED", "已发布", "CLOSED", "已关闭");
    static final Map<String, String> LIGHT = Map.of("GREEN", "正常", "YELLOW", "临期", "RED", "逾期", "GREY", "未到期");
    static final Map<String, String> LEVEL =
            Map.of("PROVINCE", "省级", "CITY", "市级", "COUNTY", "县级", "DISTRICT", "区级", "TOWN", "乡镇");
    static final Map<String, String> REMINDER_KIND = Map.of(
            "BEFORE_DUE", "到期前提醒",
            "DUE_TODAY", "当日到期",
            "OVERDUE", "逾期催办",
            "REPORT_DUE", "定期报送提醒",
            "REPORT_OVERDUE", "报送逾期");
    static final Map<String, String> OUTCOME = Map.of("ACCEPTED", "已采用", "DUPLICATE", "重复（已有）", "REJECTED", "退回");
    static final Map<String, String> VIA = Map.of("UNIT", "单位填报", "INTEGRATION", "县级系统推送", "OFFICE", "公开办代报");

    private Labels() {}

    static String statusLabel(Assignment assignment) {
        return STATUS.getOrDefault(assignment.status(), assignment.status());
    }

    static String lightLabel(Assignment assignment) {
        return assignment.light() == null ? "" : LIGHT.getOrDefault(assignment.light(), assignment.light());
    }

    static String statusLabel(Plan plan) {
        return PLAN_STATUS.getOrDefault(plan.status(), plan.status());
    }

    static String levelLabel(Plan plan) {
        return plan.level() == null ? "" : LEVEL.getOrDefault(plan.level(), plan.level());
    }

    /** A report's status word, for history lists. */
    @TemplateExtension(namespace = "label")
    static String status(String code) {
        return code == null ? "" : STATUS.getOrDefault(code, code);
    }

    @TemplateExtension(namespace = "label")
    static String light(String code) {
        return code == null ? "" : LIGHT.getOrDefault(code, code);
    }

    @TemplateExtension(namespace = "label")
    static String deadline(Deadline deadline) {
        return text(deadline);
    }

    @TemplateExtension(namespace = "label")
    static String time(Instant instant) {
        return local(instant);
    }

    @TemplateExtension(namespace = "label")
    static String reminderKind(String code) {
        return code == null ? "" : REMINDER_KIND.getOrDefault(code, code);
    }

    /** A fresh id for a form whose repeat must not act twice (催办): the service answers a repeat as the first. */
    @TemplateExtension(namespace = "label")
    static String newRequestId() {
        return "console-" + java.util.UUID.randomUUID();
    }

    @TemplateExtension(namespace = "label")
    static String outcome(String code) {
        return code == null ? "" : OUTCOME.getOrDefault(code, code);
    }

    @TemplateExtension(namespace = "label")
    static String via(String code) {
        return code == null ? "" : VIA.getOrDefault(code, code);
    }

    static String deadlineText(Task task) {
        return text(task.deadline());
    }

    static String deadlineText(Assignment assignment) {
        return text(assignment.deadline());
    }

    /** A deadline as the office wrote it, with the date it was read as when that differs. */
    static String text(Deadline deadline) {
        if (deadline == null || deadline.raw() == null || deadline.raw().isBlank()) {
            return deadline != null && deadline.dueDate() != null
                    ? deadline.dueDate().toString()
                    : "未定";
        }
        LocalDate due = deadline.dueDate();
        return due == null || deadline.raw().equals(due.toString()) ? deadline.raw() : deadline.raw() + "（" + due + "）";
    }

    static String section(Task task) {
        return task.sectionPath() == null ? "" : String.join(" › ", task.sectionPath());
    }

    static String leadUnits(Task task) {
        return names(task.units(), true);
    }

    static String responsibleUnits(Task task) {
        return names(task.units(), false);
    }

    static String names(List<UnitMention> units, boolean lead) {
        if (units == null) {
            return "";
        }
        return String.join(
                "、",
                units.stream()
                        .filter(unit -> unit.lead() == lead)
                        .map(UnitMention::name)
                        .toList());
    }

    static String local(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(CHINA));
    }

    /** Whether a link may be shown as one: only web addresses, never javascript: or data: that a report sent. */
    @TemplateExtension(namespace = "label")
    static boolean webLink(String link) {
        String lower = link == null ? "" : link.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** A file size as people read it: 812 B, 24.5 KB, 3.1 MB. */
    @TemplateExtension(namespace = "label")
    public static String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format("%.1f KB", size / 1024.0);
        }
        return String.format("%.1f MB", size / (1024.0 * 1024));
    }
}
